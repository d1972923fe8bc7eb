//! A deterministic generator of realistic Pakistan–China news articles, for benchmarks and scale tests.
//!
//! Article `i` of seed `s` is a pure function of `(s, i)`: any size of corpus can be
//! made, in any order or in parallel, and the same command gives the same bytes.
//! Each article draws its officials, meeting, projects, sectors, places and date
//! from the built-in lexicon and its sentences from varied templates (meetings,
//! visits, co-chaired rounds, commitments, support, signings, quotes and plain
//! background sentences), so no two articles are copies.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use cpec_extract::Lexicon;
use cpec_extract::lexicon::EntryKind;
use cpec_model::Label;

/// One generated article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Article {
    /// `gen-00000042`.
    pub(crate) id: String,
    /// ISO date, also written in the text about half the time.
    pub(crate) date: String,
    pub(crate) text: String,
}

/// A small, fast, deterministic random source (SplitMix64).
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64, index: u64) -> Rng {
        let mut rng = Rng(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// An official with the title the generator writes before the name.
#[derive(Debug, Clone)]
struct Person {
    name: String,
    /// The surname or short form used on second mention.
    short: String,
    title: Option<String>,
}

/// The names the templates draw from, taken from a lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Generator {
    seed: u64,
    pakistanis: Vec<Person>,
    chinese: Vec<Person>,
    projects: Vec<String>,
    sectors: Vec<String>,
    initiatives: Vec<String>,
    organizations: Vec<String>,
    agreements: Vec<String>,
    pk_places: Vec<String>,
    cn_places: Vec<String>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];

const ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "11th", "12th",
];

const MECHANISMS: [&str; 5] = [
    "Joint Cooperation Committee",
    "Pakistan-China Foreign Ministers' Strategic Dialogue",
    "Joint Working Group on Industrial Cooperation",
    "Pakistan-China Strategic Dialogue",
    "China-Pakistan Joint Cooperation Committee",
];

/// Sentences with no entity: the texture of real reporting.
const BACKGROUND: [&str; 14] = [
    "Officials said the talks were held in a cordial and friendly atmosphere.",
    "The meeting lasted for more than two hours, according to people familiar with the discussions.",
    "Analysts say the relationship has grown steadily over the past decade.",
    "The discussions reflected the high level of mutual trust between the two sides.",
    "Further details of the meeting were not immediately available.",
    "Observers noted that the timing of the talks was significant.",
    "A number of senior officials from both sides were also present on the occasion.",
    "The two delegations later attended a banquet hosted in their honour.",
    "The visit comes weeks after a series of high-level exchanges.",
    "Both delegations included officials from the planning, finance and commerce ministries.",
    "The talks covered a broad agenda and lasted well into the evening.",
    "Speaking to reporters afterwards, a spokesperson described the meeting as productive.",
    "The relationship, often described as all-weather, has deep historical roots.",
    "Business leaders from both countries have followed the negotiations closely.",
];

const HEADLINES: [&str; 8] = [
    "Pakistan, China vow to deepen cooperation in {sector}",
    "{pk_short} meets {cn_short}, discusses {project}",
    "China reaffirms support for {project}",
    "Pakistan and China sign agreements on {sector} and {sector2}",
    "{mechanism} reviews progress on CPEC projects",
    "Islamabad, Beijing agree to fast-track {project}",
    "Pak-China talks focus on {sector}",
    "{pk_short} arrives in Beijing on official visit",
];

impl Generator {
    /// A generator over `lexicon`'s names; `seed` picks one corpus among many.
    pub(crate) fn new(lexicon: &Lexicon, seed: u64) -> Generator {
        let mut g = Generator {
            seed,
            pakistanis: Vec::new(),
            chinese: Vec::new(),
            projects: Vec::new(),
            sectors: Vec::new(),
            initiatives: Vec::new(),
            organizations: Vec::new(),
            agreements: Vec::new(),
            pk_places: Vec::new(),
            cn_places: Vec::new(),
        };
        for entry in &lexicon.entries {
            let EntryKind::Node(label) = entry.kind else {
                continue;
            };
            let name = entry.name.clone();
            // Names with brackets or commas read badly inside templates.
            if name.contains(['(', ')', ',']) {
                continue;
            }
            match label {
                Label::Official => {
                    let title = entry
                        .list_attribute("roles")
                        .into_iter()
                        .find(|r| r.split_whitespace().count() <= 3)
                        .map(String::from);
                    let short = name.split_whitespace().last().unwrap_or(&name).to_string();
                    let person = Person { name, short, title };
                    match entry.attribute("country") {
                        Some("Pakistan") => g.pakistanis.push(person),
                        Some("China") => g.chinese.push(person),
                        _ => {}
                    }
                }
                Label::Project => g.projects.push(name),
                Label::Sector => g.sectors.push(name),
                Label::Initiative => g.initiatives.push(name),
                // The two governments' bodies: a third country's ministry reads oddly here.
                Label::Organization
                    if matches!(entry.attribute("country"), Some("Pakistan" | "China")) =>
                {
                    g.organizations.push(name)
                }
                Label::Agreement => g.agreements.push(name),
                Label::Location => match entry.attribute("located_in") {
                    Some(
                        "Pakistan" | "Punjab" | "Sindh" | "Balochistan" | "Khyber Pakhtunkhwa",
                    ) => g.pk_places.push(name),
                    Some("China") => g.cn_places.push(name),
                    _ => {}
                },
                _ => {}
            }
        }
        for (list, fallback) in [
            (&mut g.projects, "Gwadar Port"),
            (&mut g.sectors, "agriculture"),
            (&mut g.initiatives, "Belt and Road Initiative"),
            (&mut g.organizations, "CPEC Authority"),
            (
                &mut g.agreements,
                "Framework Agreement on Industrial Cooperation",
            ),
            (&mut g.pk_places, "Islamabad"),
            (&mut g.cn_places, "Beijing"),
        ] {
            if list.is_empty() {
                list.push(fallback.to_string());
            }
        }
        for (list, name) in [
            (&mut g.pakistanis, "Ishaq Dar"),
            (&mut g.chinese, "Wang Yi"),
        ] {
            if list.is_empty() {
                list.push(Person {
                    name: name.into(),
                    short: name.split(' ').next_back().unwrap_or(name).into(),
                    title: None,
                });
            }
        }
        g
    }

    /// Article number `index` of this corpus.
    pub(crate) fn article(&self, index: u64) -> Article {
        let mut rng = Rng::new(self.seed, index);
        let year = 2013 + rng.below(13) as u16;
        let month = 1 + rng.below(12);
        let day = 1 + rng.below(28);
        let date = format!("{year:04}-{month:02}-{day:02}");
        let pk = rng.pick(&self.pakistanis).clone();
        let cn = rng.pick(&self.chinese).clone();
        let pk2 = rng.pick(&self.pakistanis).clone();
        let project = rng.pick(&self.projects).clone();
        let project2 = rng.pick(&self.projects).clone();
        let sector = rng.pick(&self.sectors).clone();
        let sector2 = rng.pick(&self.sectors).clone();
        let initiative = rng.pick(&self.initiatives).clone();
        let organization = rng.pick(&self.organizations).clone();
        let agreement = rng.pick(&self.agreements).clone();
        let in_china = rng.chance(50);
        let city = if in_china {
            ["Beijing", "Shanghai", "Urumqi", "Chengdu"][rng.below(4)].to_string()
        } else {
            ["Islamabad", "Lahore", "Karachi", "Gwadar"][rng.below(4)].to_string()
        };
        let place = if in_china {
            rng.pick(&self.cn_places).clone()
        } else {
            rng.pick(&self.pk_places).clone()
        };
        let mechanism = MECHANISMS[rng.below(MECHANISMS.len())];
        let round = ORDINALS[rng.below(ORDINALS.len())];
        let titled = |p: &Person| match &p.title {
            Some(t) => format!("{t} {}", p.name),
            None => p.name.clone(),
        };
        let (host, guest) = if in_china { (&cn, &pk) } else { (&pk, &cn) };
        let guest_country = if in_china { "China" } else { "Pakistan" };

        let headline = HEADLINES[rng.below(HEADLINES.len())]
            .replace("{sector2}", &sector2)
            .replace("{sector}", &sector)
            .replace("{pk_short}", &pk.short)
            .replace("{cn_short}", &cn.short)
            .replace("{project}", &project)
            .replace("{mechanism}", mechanism);
        let mut headline = headline;
        if let Some(first) = headline.get(..1) {
            headline = first.to_uppercase() + &headline[1..];
        }

        let mut text = String::with_capacity(4096);
        if rng.chance(50) {
            text.push_str(&format!(" date {date}\n\n"));
        }
        text.push_str(&headline);
        text.push_str("\n\n");
        let dateline = if in_china { "BEIJING" } else { "ISLAMABAD" };
        let when = format!("{} {day}", SHORT_MONTHS[month - 1]);
        let mut paragraph: Vec<String> = Vec::new();
        paragraph.push(format!(
            "{dateline}, {when} : {} met {} in {city} on {} {day} and the two sides agreed to deepen cooperation in {sector} and {sector2}.",
            titled(guest),
            titled(host),
            MONTHS[month - 1],
        ));
        let mut paragraphs = vec![paragraph];
        // The body: a shuffled selection of templates, each filled anew.
        let count = 14 + rng.below(14);
        for k in 0..count {
            let project_k = if rng.chance(50) { &project } else { &project2 };
            let other_sector = rng.pick(&self.sectors).clone();
            let other_project = rng.pick(&self.projects).clone();
            let sentence = match rng.below(20) {
                0 => format!(
                    "{} and {} co-chaired the {round} meeting of the {mechanism} in {city}.",
                    pk.name, cn.name
                ),
                1 => format!(
                    "{} is on a {}-day official visit to {guest_country} at the invitation of {}.",
                    guest.name,
                    ["two", "three", "four", "five"][rng.below(4)],
                    host.name
                ),
                2 => format!(
                    "Pakistan and China reaffirmed their commitment to the {initiative} and agreed to accelerate work on the {project_k}."
                ),
                3 => format!(
                    "China welcomed Pakistan's efforts to improve security for Chinese personnel working on the {project_k}."
                ),
                4 => format!(
                    "The two sides signed {} agreements and MoUs covering {other_sector}, {sector} and {}.",
                    ["several", "a number of", "five", "seven", "twelve"][rng.below(5)],
                    rng.pick(&self.sectors)
                ),
                5 => format!(
                    "{} said the {project_k} in {place} would create thousands of jobs.",
                    pk2.short
                ),
                6 => format!(
                    "The {organization} was asked to expedite progress on the {other_project}."
                ),
                7 => "Both sides discussed regional and international developments, including the situation in Afghanistan.".to_string(),
                8 => format!(
                    "{} pledged continued support for the {project_k} and the {other_project}.",
                    cn.short
                ),
                9 => "Pakistan reiterated its firm support for China on issues concerning Taiwan, Xinjiang and Xizang.".to_string(),
                10 => format!(
                    "The two sides exchanged views on {other_sector} and agreed to hold the next round of the {mechanism} in {}.",
                    if in_china { "Islamabad" } else { "Beijing" }
                ),
                11 => format!(
                    "{} also called on {} and discussed cooperation in {other_sector}.",
                    pk.short,
                    titled(rng.pick(&self.chinese))
                ),
                12 => format!(
                    "The {agreement} was signed in the presence of {} and {}.",
                    pk.short, cn.short
                ),
                13 => format!(
                    "They agreed to upgrade the {other_project} under the {initiative}, with a focus on {sector} and {other_sector}."
                ),
                14 => format!(
                    "Both countries condemned terrorism in all its forms and vowed to protect the {project_k}."
                ),
                15 => format!(
                    "Earlier, {} visited {place}, where he reviewed the {other_project}.",
                    guest.short
                ),
                _ => BACKGROUND[rng.below(BACKGROUND.len())].to_string(),
            };
            paragraphs.last_mut().expect("one paragraph").push(sentence);
            if k % 3 == 2 {
                paragraphs.push(Vec::new());
            }
        }
        for p in paragraphs.iter().filter(|p| !p.is_empty()) {
            text.push_str(&p.join(" "));
            text.push_str("\n\n");
        }
        text.push_str(["(APP)\n", "(Xinhua)\n", "(UNI)\n", ""][rng.below(4)]);
        Article {
            id: format!("gen-{index:08}"),
            date,
            text,
        }
    }
}

/// `cpec-kg gen`: articles totalling at least `size` bytes of text, as
/// `.txt` files under `out` (1,000 a subfolder) or as JSON lines on stdout.
pub(crate) fn run(size: u64, out: Option<&Path>, seed: u64) -> Result<ExitCode> {
    let generator = Generator::new(&Lexicon::builtin(), seed);
    let mut written = 0;
    let mut index = 0;
    let stdout = io::stdout();
    let mut lines = BufWriter::new(stdout.lock());
    while written < size {
        let article = generator.article(index);
        written += article.text.len() as u64;
        match out {
            Some(dir) => {
                let folder = dir.join(format!("{:05}", index / 1000));
                if index % 1000 == 0 {
                    fs::create_dir_all(&folder)
                        .with_context(|| format!("{}: cannot create", folder.display()))?;
                }
                let path = folder.join(format!("{}.txt", article.id));
                fs::write(&path, &article.text)
                    .with_context(|| format!("{}: cannot write", path.display()))?;
            }
            None => {
                serde_json::to_writer(&mut lines, &article)?;
                lines.write_all(b"\n")?;
            }
        }
        index += 1;
    }
    lines.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Parses a size such as `1G`, `200M`, `64K` or `5000` (bytes; powers of 1024).
pub(crate) fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("{text}: expected a size such as 200M or 1G"))?;
    let factor = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return Err(format!("{text}: unit must be K, M or G")),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("{text}: too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_deterministic_and_varied() {
        let generator = Generator::new(&Lexicon::builtin(), 7);
        let a = generator.article(3);
        assert_eq!(a, generator.article(3));
        assert_ne!(a.text, generator.article(4).text);
        assert_ne!(
            a.text,
            Generator::new(&Lexicon::builtin(), 8).article(3).text
        );
        assert!(a.text.len() > 1000, "{}", a.text.len());
        assert_eq!(a.id, "gen-00000003");
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("200M"), Ok(200 << 20));
        assert_eq!(parse_size("64kb"), Ok(64 << 10));
        assert_eq!(parse_size("5000"), Ok(5000));
        assert!(parse_size("5T").is_err());
    }
}
