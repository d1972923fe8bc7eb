//! One case per extraction error found and fixed, with the sentence that
//! showed it: the triples it must give and those it must not.

use cpec_extract::{ArticleInput, Extractor};

struct Case {
    /// What went wrong before the fix.
    error: &'static str,
    text: &'static str,
    must: &'static [&'static str],
    must_not: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        error: "\"push forward\" was read as the hedge \"looked forward\"",
        text: "Pakistan and China agreed to push forward CPEC 2.0.",
        must: &["Pakistan (Country) -COMMITTED_TO-> CPEC 2.0 (Initiative)"],
        must_not: &[],
    },
    Case {
        error: "\"According to the joint statement\" made the statement the subject",
        text: "Foreign Minister Ishaq Dar and Wang Yi co-chaired the 7th round of the Pakistan-China Foreign Ministers' Strategic Dialogue in Beijing. According to the joint statement, the dialogue featured an exchange of views covering trade and investment.",
        must: &[
            "7th Pakistan-China Foreign Ministers' Strategic Dialogue (Meeting) -DISCUSSED-> trade (Sector)",
        ],
        must_not: &[
            "Joint Statement of the 7th Pakistan-China Foreign Ministers' Strategic Dialogue (Agreement) -FOCUSES_ON-> trade (Sector)",
        ],
    },
    Case {
        error: "a participial opening lost its subject when the main verb was a reporting verb",
        text: "Reaffirming their all-weather strategic cooperative partnership, the two governments described themselves as ironclad friends.",
        must: &[
            "China (Country) -COMMITTED_TO-> All-Weather Strategic Cooperative Partnership (Initiative)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"should be resolved\" was read as the commitment cue \"resolved\"",
        text: "China reaffirmed that the Kashmir dispute should be properly and peacefully resolved based on the UN Charter.",
        must: &[],
        must_not: &["China (Country) -COMMITTED_TO-> UN Charter (Agreement)"],
    },
    Case {
        error: "a demonym before \"to\" cut the commitment as a purpose clause",
        text: "Both sides expressed their willingness to encourage Chinese companies to engage in cooperation in Pakistan's mining industry.",
        must: &["China (Country) -COMMITTED_TO-> mining (Sector)"],
        must_not: &[],
    },
    Case {
        error: "a bare infinitive in a commitment opened a SUPPORTS clause",
        text: "China agreed to expand scholarships, support vocational training, and enhance cooperation in big data.",
        must: &[
            "China (Country) -COMMITTED_TO-> vocational training (Sector)",
            "China (Country) -COMMITTED_TO-> big data (Sector)",
        ],
        must_not: &["China (Country) -SUPPORTS-> vocational training (Sector)"],
    },
    Case {
        error: "a purpose clause's verb gave an edge",
        text: "The two sides agreed to promote the Framework Agreement on Industrial Cooperation to support Pakistan's industrial development.",
        must: &[
            "Pakistan (Country) -COMMITTED_TO-> Framework Agreement on Industrial Cooperation (Agreement)",
        ],
        must_not: &["Pakistan (Country) -SUPPORTS-> industry (Sector)"],
    },
    Case {
        error: "a passive welcome lost its objects",
        text: "The Spokespersons Dialogue and the Consultations on Arms Control and Disarmament was welcomed.",
        must: &[
            "China (Country) -SUPPORTS-> Spokespersons Dialogue (Organization)",
            "Pakistan (Country) -SUPPORTS-> Consultations on Arms Control and Disarmament (Organization)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"It was further agreed\" went to the previous sentence's one country",
        text: "China welcomed Pakistani goods. It was further agreed to encourage investments in the export-oriented sectors of Pakistan.",
        must: &[
            "Pakistan (Country) -COMMITTED_TO-> investment (Sector)",
            "China (Country) -COMMITTED_TO-> investment (Sector)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"they\" after a sentence about one country meant that country only",
        text: "Pakistan expressed support for China's Global Development Initiative (GDI). They agreed to further enhance cooperation within the GDI framework.",
        must: &[
            "Pakistan (Country) -SUPPORTS-> Global Development Initiative (Initiative)",
            "China (Country) -COMMITTED_TO-> Global Development Initiative (Initiative)",
        ],
        must_not: &["Pakistan (Country) -SUPPORTS-> China (Country)"],
    },
    Case {
        error: "\"he\" had no referent",
        text: "Prime Minister Shehbaz Sharif met the Chinese leadership. He appreciated Beijing for its timely and generous assistance.",
        must: &["Shehbaz Sharif (Official) -SUPPORTS-> China (Country)"],
        must_not: &[],
    },
    Case {
        error: "the place of a stance was dropped together with its possessor",
        text: "Pakistan supported China's stance on Taiwan and Xinjiang.",
        must: &["Pakistan (Country) -SUPPORTS-> China (Country)"],
        must_not: &["Pakistan (Country) -SUPPORTS-> Taiwan (Location)"],
    },
    Case {
        error: "the agent of appreciated efforts was taken for the object",
        text: "The Chinese side appreciates the efforts of the Pakistani government to vigorously develop renewable energy projects.",
        must: &["China (Country) -SUPPORTS-> renewable energy (Sector)"],
        must_not: &["China (Country) -SUPPORTS-> Pakistan (Country)"],
    },
    Case {
        error: "opposing the politicization of counter-terrorism gave OPPOSES counter-terrorism",
        text: "The two sides condemned terrorism in all its forms, and expressed opposition to the politicization of the issue of counter terrorism.",
        must: &["China (Country) -OPPOSES-> terrorism (Sector)"],
        must_not: &["China (Country) -OPPOSES-> counter-terrorism (Sector)"],
    },
    Case {
        error: "a venue after \"held discussions at\" was a topic",
        text: "President Asif Ali Zardari is on a state visit to China. The two leaders held extensive discussions at the Great Hall of the People, focusing on trade.",
        must: &[
            "Zardari's state visit to China (Meeting) -HELD_IN-> Great Hall of the People (Location)",
        ],
        must_not: &[
            "Zardari's state visit to China (Meeting) -DISCUSSED-> Great Hall of the People (Location)",
        ],
    },
    Case {
        error: "\"invited X to visit Pakistan\" made the inviter visit",
        text: "President Zardari invited President Xi Jinping to visit Pakistan at a mutually convenient time.",
        must: &["Asif Ali Zardari (Official) -INVITED-> Xi Jinping (Official)"],
        must_not: &[
            "Asif Ali Zardari (Official) -VISITED-> Pakistan (Country)",
            "Xi Jinping (Official) -VISITED-> Pakistan (Country)",
        ],
    },
    Case {
        error: "titles between \"between\" and the names hid a meeting",
        text: "The declaration followed a high-level meeting between President Asif Ali Zardari and Chinese President Xi Jinping in Beijing.",
        must: &["Asif Ali Zardari (Official) -MET-> Xi Jinping (Official)"],
        must_not: &[],
    },
    Case {
        error: "the visitor was the first official of the sentence, not the one visiting",
        text: "The dialogue was co-chaired by Foreign Minister Wang Yi and Foreign Minister Ishaq Dar, who was visiting China from January 3 to January 5.",
        must: &["Ishaq Dar (Official) -VISITED-> China (Country)"],
        must_not: &[],
    },
    Case {
        error: "\"reviewed the progress made since the fourth meeting … in Islamabad\" discussed a city",
        text: "The two sides reviewed the progress made since the fourth meeting of the JWG-ICC in Islamabad.",
        must: &[],
        must_not: &[
            "5th meeting of the CPEC Joint Working Group on International Cooperation and Coordination (Meeting) -DISCUSSED-> Islamabad (Location)",
        ],
    },
];

#[test]
fn fixed_errors_stay_fixed() {
    let extractor = Extractor::builtin();
    let mut failures = Vec::new();
    for case in CASES {
        let extraction = extractor.extract(&ArticleInput::new("case", case.text));
        let lines: Vec<String> = extraction.triples.iter().map(|t| t.to_string()).collect();
        for want in case.must {
            if !lines.iter().any(|l| l == want) {
                failures.push(format!(
                    "{}\n  missing: {want}\n  got: {lines:#?}",
                    case.error
                ));
            }
        }
        for unwanted in case.must_not {
            if lines.iter().any(|l| l == unwanted) {
                failures.push(format!("{}\n  unwanted: {unwanted}", case.error));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
