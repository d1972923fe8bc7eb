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
            "President Zardari's state visit to China (Meeting) -HELD_IN-> Great Hall of the People (Location)",
        ],
        must_not: &[
            "President Zardari's state visit to China (Meeting) -DISCUSSED-> Great Hall of the People (Location)",
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
    Case {
        error: "\"held delegation-level talks with\" was not a meeting cue",
        text: "Chinese President Xi Jinping held delegation-level talks with Prime Minister Nawaz Sharif at the Prime Minister's House.",
        must: &["Xi Jinping (Official) -MET-> Nawaz Sharif (Official)"],
        must_not: &[],
    },
    Case {
        error: "\"visiting\" before a name was read as a visit by the subject",
        text: "Chinese President Xi Jinping held talks with visiting Pakistani Prime Minister Shehbaz Sharif at the Great Hall of the People.",
        must: &[
            "Xi Jinping (Official) -MET-> Shehbaz Sharif (Official)",
            "Shehbaz Sharif (Official) -VISITED-> China (Country)",
        ],
        must_not: &["Xi Jinping (Official) -VISITED-> Great Hall of the People (Location)"],
    },
    Case {
        error: "\"he\" took the previous sentence's subject over the official named before it",
        text: "Xi welcomed the guests. Sharif, on his first trip to China since he was sworn in, arrived in Shenzhen.",
        must: &[],
        must_not: &["Xi Jinping (Official) -VISITED-> Shenzhen (Location)"],
    },
    Case {
        error: "titles between coordinated subjects split them",
        text: "President Xi Jinping and Prime Minister Nawaz Sharif met in Islamabad. Mr Xi, President Mamnoon Hussain and Mr Sharif agreed to elevate ties to an all-weather strategic cooperative partnership.",
        must: &[
            "Mamnoon Hussain (Official) -COMMITTED_TO-> All-Weather Strategic Cooperative Partnership (Initiative)",
            "Xi Jinping (Official) -COMMITTED_TO-> All-Weather Strategic Cooperative Partnership (Initiative)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"would\" after a pledge was read as a hedge",
        text: "The two sides pledged that they would accelerate the ML-1 railway.",
        must: &["Pakistan (Country) -COMMITTED_TO-> ML-1 railway (Project)"],
        must_not: &[],
    },
    Case {
        error: "a passive signing had no signers",
        text: "Fifty-one agreements and memoranda of understanding were signed on Monday in the presence of Chinese President Xi Jinping and Prime Minister Nawaz Sharif.",
        must: &["China (Country) -SIGNED-> Agreements and MoUs signed (case) (Agreement)"],
        must_not: &[],
    },
    Case {
        error: "only the first of two hosts was the inviter",
        text: "Prime Minister Shehbaz Sharif met Xi Jinping and Li Qiang. The prime minister is in China at the invitation of Xi and Li.",
        must: &[
            "Xi Jinping (Official) -INVITED-> Shehbaz Sharif (Official)",
            "Li Qiang (Official) -INVITED-> Shehbaz Sharif (Official)",
        ],
        must_not: &[],
    },
    Case {
        error: "an apposed seat or capital gave no edge",
        text: "Sharif called on Zhao Leji, chairman of the Standing Committee of the National People's Congress. He then flew to Xi'an, the capital of Shaanxi province.",
        must: &[
            "Zhao Leji (Official) -MEMBER_OF-> Standing Committee of the National People's Congress (Organization)",
            "Xi'an (Location) -LOCATED_IN-> Shaanxi (Location)",
        ],
        must_not: &[],
    },
    Case {
        error: "corridors listed after a colon were not found, nor their initiative",
        text: "The two sides agreed to upgrade the China-Pakistan Economic Corridor into a new phase built around five corridors: growth, livelihood, innovation, green and open.",
        must: &[
            "Pakistan (Country) -COMMITTED_TO-> CPEC 2.0 (Initiative)",
            "Growth Corridor (Initiative) -PART_OF-> CPEC 2.0 (Initiative)",
            "Open Corridor (Initiative) -PART_OF-> CPEC 2.0 (Initiative)",
        ],
        must_not: &["Pakistan (Country) -COMMITTED_TO-> livelihood (Sector)"],
    },
    Case {
        error: "a corridor list under an initiative was not part of it",
        text: "In line with the leadership's consensus under CPEC, the two sides agreed to further build on the health, industry, digital and green corridors.",
        must: &[
            "Health Corridor (Initiative) -PART_OF-> China-Pakistan Economic Corridor (Initiative)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"the two ministers\" took the last-created officials, not the last-mentioned",
        text: "President Asif Ali Zardari visited Beijing in February. Foreign Minister Ishaq Dar met Foreign Minister Wang Yi in Beijing on Tuesday. The two ministers agreed to accelerate CPEC 2.0.",
        must: &[
            "Ishaq Dar (Official) -COMMITTED_TO-> CPEC 2.0 (Initiative)",
            "Wang Yi (Official) -COMMITTED_TO-> CPEC 2.0 (Initiative)",
        ],
        must_not: &["Asif Ali Zardari (Official) -COMMITTED_TO-> CPEC 2.0 (Initiative)"],
    },
    Case {
        error: "a visit announced for later became a visit that happened",
        text: "Prime Minister Imran Khan renewed his invitation to President Xi Jinping to pay a state visit to Pakistan, and the two sides said the visit would take place at a mutually convenient time.",
        must: &[],
        must_not: &["Xi Jinping (Official) -VISITED-> Pakistan (Country)"],
    },
    Case {
        error: "a clause after \"after\" gave the pledge a second object",
        text: "Prime Minister Shehbaz Sharif met Xi Jinping. He pledged that his government would take firm measures to protect Chinese workers, after a suicide bombing killed five Chinese engineers working on the Dasu hydropower project.",
        must: &[],
        must_not: &["Shehbaz Sharif (Official) -COMMITTED_TO-> Dasu Hydropower Project (Project)"],
    },
    Case {
        error: "a passive signing took the objects after it as the instruments' coverage",
        text: "Fifty-one agreements were signed on Monday, setting in motion the China-Pakistan Economic Corridor, a web of roads, railways and pipelines.",
        must: &["Pakistan (Country) -SIGNED-> Agreements signed (case) (Agreement)"],
        must_not: &["Agreements signed (case) (Agreement) -FOCUSES_ON-> railways (Sector)"],
    },
    Case {
        error: "\"Mr. He\" (He Lifeng) was read as the pronoun",
        text: "Vice Premier He Lifeng arrived in Islamabad. Mr. He, a member of the Political Bureau of the CPC Central Committee, arrived in Islamabad on Sunday for a three-day visit.",
        must: &["He Lifeng (Official) -VISITED-> Pakistan (Country)"],
        must_not: &[],
    },
    Case {
        error: "\"X and Y held a meeting\" gave no MET without a \"with\"",
        text: "Prime Minister Shehbaz Sharif and Vice Premier He Lifeng held a meeting on Monday.",
        must: &["Shehbaz Sharif (Official) -MET-> He Lifeng (Official)"],
        must_not: &[],
    },
    Case {
        error: "a passive attendance lost its attendees",
        text: "The opening ceremony of the Asian Winter Games was attended by President Asif Ali Zardari and President Xi Jinping.",
        must: &[
            "Asif Ali Zardari (Official) -ATTENDED-> Opening ceremony of the Asian Winter Games (Meeting)",
            "Xi Jinping (Official) -ATTENDED-> Opening ceremony of the Asian Winter Games (Meeting)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"the second phase of the corridor, which would centre on\" had no owner",
        text: "The two sides agreed to build the China-Pakistan Economic Corridor. The Prime Minister said Pakistan was fully ready for the second phase of the corridor, which would centre on agriculture and exports.",
        must: &["CPEC 2.0 (Initiative) -FOCUSES_ON-> agriculture (Sector)"],
        must_not: &[],
    },
    Case {
        error: "instruments covering sectors gave the meeting DISCUSSED edges",
        text: "President Asif Ali Zardari is on a state visit to China. Zardari and Xi witnessed the signing of 11 agreements and memoranda of understanding covering trade and culture.",
        must: &[
            "Agreements and MoUs signed during President Zardari's state visit to China (Agreement) -FOCUSES_ON-> trade (Sector)",
        ],
        must_not: &[
            "President Zardari's state visit to China (Meeting) -DISCUSSED-> trade (Sector)",
        ],
    },
    Case {
        error: "a visit named only as \"the visit\" after its visitor was lost",
        text: "Prime Minister Imran Khan flew home from Shanghai last week. The visit, made at the invitation of Premier Li Keqiang, was Mr. Khan's first to China. In Shanghai he gave a keynote address.",
        must: &[
            "Imran Khan (Official) -VISITED-> China (Country)",
            "Li Keqiang (Official) -INVITED-> Imran Khan (Official)",
            "Imran Khan (Official) -VISITED-> Shanghai (Location)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"the forum\" resolved to the article's main meeting instead of the forum",
        text: "Prime Minister Nawaz Sharif held talks with President Xi Jinping ahead of the Belt and Road Forum for International Cooperation, which opens in Beijing on Sunday. He is one of 29 heads of state attending the forum.",
        must: &[
            "Belt and Road Forum for International Cooperation (Meeting) -HELD_IN-> Beijing (Location)",
            "Nawaz Sharif (Official) -ATTENDED-> Belt and Road Forum for International Cooperation (Meeting)",
        ],
        must_not: &[],
    },
    Case {
        error: "an official inside the visitor's title was taken for the visitor",
        text: "Mr. He, a member of the Political Bureau and Special Representative of President Xi Jinping, arrived in Islamabad on Sunday for a three-day visit.",
        must: &[],
        must_not: &["Xi Jinping (Official) -VISITED-> Pakistan (Country)"],
    },
    Case {
        error: "the speaker of a briefing was taken for the visitor the briefing was about",
        text: "Foreign Office spokesperson Zahid Hafeez Chaudhri gave details of Foreign Minister Shah Mahmood Qureshi's two-day visit to China.",
        must: &["Shah Mahmood Qureshi (Official) -VISITED-> China (Country)"],
        must_not: &["Zahid Hafeez Chaudhri (Official) -VISITED-> China (Country)"],
    },
    Case {
        error: "a minister's meeting with an ambassador reported in the lead was not a Meeting",
        text: "ISLAMABAD: Federal Minister for Planning Prof. Ahsan Iqbal on Wednesday received the Ambassador of China to Pakistan, Mr. Jiang Zaidong, in Islamabad to discuss CPEC. The meeting reviewed progress on the ML-1 railway.",
        must: &[
            "Ahsan Iqbal (Official) -ATTENDED-> Ahsan Iqbal's meeting with Jiang Zaidong (Meeting)",
            "Jiang Zaidong (Official) -ATTENDED-> Ahsan Iqbal's meeting with Jiang Zaidong (Meeting)",
            "Ahsan Iqbal's meeting with Jiang Zaidong (Meeting) -HELD_IN-> Islamabad (Location)",
            "Ahsan Iqbal's meeting with Jiang Zaidong (Meeting) -DISCUSSED-> ML-1 railway (Project)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"the initiative\" did not refer back to the initiative named before",
        text: "Sharif told Xi that the China-Pakistan Economic Corridor was a core part of the Belt and Road Initiative and that Pakistan fully backed the initiative.",
        must: &[
            "China-Pakistan Economic Corridor (Initiative) -PART_OF-> Belt and Road Initiative (Initiative)",
            "Pakistan (Country) -SUPPORTS-> Belt and Road Initiative (Initiative)",
        ],
        must_not: &[],
    },
    Case {
        error: "the whole named in an apposition was taken for a second commitment",
        text: "Mr Iqbal reaffirmed Pakistan's commitment to CPEC, the Belt and Road Initiative's flagship scheme.",
        must: &[
            "China-Pakistan Economic Corridor (Initiative) -PART_OF-> Belt and Road Initiative (Initiative)",
        ],
        must_not: &["Pakistan (Country) -COMMITTED_TO-> Belt and Road Initiative (Initiative)"],
    },
    Case {
        error: "sectors given as examples of an initiative's priority areas were supported by the parties",
        text: "Both sides also welcomed interest from third parties to benefit from investment opportunities in priority areas of the CPEC cooperation such as industry, agriculture and information technology.",
        must: &[
            "China-Pakistan Economic Corridor (Initiative) -FOCUSES_ON-> industry (Sector)",
            "China-Pakistan Economic Corridor (Initiative) -FOCUSES_ON-> information technology (Sector)",
        ],
        must_not: &["Pakistan (Country) -SUPPORTS-> industry (Sector)"],
    },
    Case {
        error: "a reason after \"thanked X for\" gave a second object",
        text: "Ambassador Jiang Zaidong spoke. The envoy thanked the president and prime minister for writing to President Xi Jinping on the earthquake.",
        must: &[],
        must_not: &["Jiang Zaidong (Official) -SUPPORTS-> Xi Jinping (Official)"],
    },
    Case {
        error: "a ceremony regarding the Chinese New Year was named after the demonym alone",
        text: "Addressing a ceremony regarding the Chinese New Year 2025, the ambassador of China to Pakistan, Jiang Zaidong, said that ties were strong.",
        must: &["Jiang Zaidong (Official) -ATTENDED-> Chinese New Year 2025 ceremony (Meeting)"],
        must_not: &[],
    },
    Case {
        error: "an instrument whose title names its subject had no focus",
        text: "The two sides signed an MoU on e-commerce and agreed to promote the Framework Agreement on Industrial Cooperation.",
        must: &[
            "MoU on e-commerce (Agreement) -FOCUSES_ON-> e-commerce (Sector)",
            "Framework Agreement on Industrial Cooperation (Agreement) -FOCUSES_ON-> industry (Sector)",
        ],
        must_not: &[],
    },
    Case {
        error: "a title without a name after it started an unknown organisation's name",
        text: "The session was co-chaired by Lin Nianxiu, Vice Chairman of China's National Development and Reform Commission (NDRC).",
        must: &[
            "Lin Nianxiu (Official) -MEMBER_OF-> National Development and Reform Commission (Organization)",
            "Lin Nianxiu (Official) -REPRESENTS-> China (Country)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"for the\" after a pledge was read as a reason",
        text: "The two sides pledged to clear the remaining formalities for the Karachi Circular Railway.",
        must: &["Pakistan (Country) -COMMITTED_TO-> Karachi Circular Railway (Project)"],
        must_not: &[],
    },
    Case {
        error: "a meeting on the sidelines of a summit was taken to be the summit",
        text: "SAMARKAND: Chinese President Xi Jinping met Prime Minister Shehbaz Sharif on Friday on the sidelines of the 22nd meeting of the Shanghai Cooperation Organization (SCO) Council of Heads of State. Mr. Sharif arrived in Samarkand, Uzbekistan on Thursday.",
        must: &[
            "Xi Jinping (Official) -ATTENDED-> Xi Jinping's meeting with Shehbaz Sharif (Meeting)",
            "Shehbaz Sharif (Official) -VISITED-> Uzbekistan (Country)",
        ],
        must_not: &[],
    },
    Case {
        error: "\"would work with Pakistan to advance\" was not a commitment",
        text: "Xi said China would work with Pakistan to advance their all-weather strategic cooperative partnership.",
        must: &[
            "China (Country) -COMMITTED_TO-> All-Weather Strategic Cooperative Partnership (Initiative)",
        ],
        must_not: &[],
    },
    Case {
        error: "every official of the sentence was a co-chair, and \"later\" hid a new subject",
        text: "On the sidelines, Foreign Minister Bilawal Bhutto Zardari and Foreign Minister Qin Gang co-chaired the fourth round of the Pakistan-China Foreign Ministers' Strategic Dialogue, and Qin later called on Prime Minister Shehbaz Sharif.",
        must: &[
            "Qin Gang (Official) -CO_CHAIRED-> 4th Pakistan-China Foreign Ministers' Strategic Dialogue (Meeting)",
            "Qin Gang (Official) -MET-> Shehbaz Sharif (Official)",
        ],
        must_not: &[
            "Shehbaz Sharif (Official) -CO_CHAIRED-> 4th Pakistan-China Foreign Ministers' Strategic Dialogue (Meeting)",
            "Bilawal Bhutto Zardari (Official) -MET-> Shehbaz Sharif (Official)",
        ],
    },
    Case {
        error: "what militants threaten was taken for what the parties oppose",
        text: "The three countries opposed any attempt by militant outfits to use their soil against regional security.",
        must: &[],
        must_not: &["Pakistan (Country) -OPPOSES-> security (Sector)"],
    },
    Case {
        error: "the province of a listed zone was taken for a topic",
        text: "Minister Ahsan Iqbal met Ambassador Jiang Zaidong. The meeting reviewed progress at four priority zones: Rashakai in Khyber Pakhtunkhwa and Dhabeji in Sindh.",
        must: &[],
        must_not: &[
            "Ahsan Iqbal's meeting with Jiang Zaidong (Meeting) -DISCUSSED-> Sindh (Location)",
        ],
    },
    Case {
        error: "talks scheduled for later gave MET edges",
        text: "Prime Minister Shehbaz Sharif is also scheduled to hold talks with Chinese Premier Li Qiang, and he would call on President Xi Jinping.",
        must: &[],
        must_not: &[
            "Shehbaz Sharif (Official) -MET-> Li Qiang (Official)",
            "Shehbaz Sharif (Official) -MET-> Xi Jinping (Official)",
        ],
    },
    Case {
        error: "\"he\" went to the inviter named in a possessive",
        text: "Prime Minister Shehbaz Sharif, who is on a six-day visit to China at Xi Jinping's invitation, spent Monday in Tianjin, where he also met Iranian President Masoud Pezeshkian.",
        must: &["Shehbaz Sharif (Official) -MET-> Masoud Pezeshkian (Official)"],
        must_not: &["Xi Jinping (Official) -MET-> Masoud Pezeshkian (Official)"],
    },
    Case {
        error: "what joint efforts are against was taken for the commitment",
        text: "The three sides committed to strengthening joint efforts against terrorism.",
        must: &["Pakistan (Country) -COMMITTED_TO-> counter-terrorism (Sector)"],
        must_not: &["Pakistan (Country) -COMMITTED_TO-> terrorism (Sector)"],
    },
    Case {
        error: "a project's inauguration was not a ceremony anyone attended",
        text: "LAHORE, Oct 25 - The Lahore Orange Line Metro Train was inaugurated by Punjab Chief Minister Usman Buzdar on Sunday at the depot in Lahore. Addressing the ceremony, Buzdar thanked the Chinese government.",
        must: &[
            "Usman Buzdar (Official) -ATTENDED-> Lahore Orange Line Metro Train inauguration ceremony (Meeting)",
            "Lahore Orange Line Metro Train inauguration ceremony (Meeting) -HELD_IN-> Lahore (Location)",
        ],
        must_not: &[],
    },
    Case {
        error: "talks during a visit became a meeting of their own instead of the visit",
        text: "BEIJING, Sept 2 - Prime Minister Shehbaz Sharif held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Tuesday. Sharif is on a six-day visit to China.",
        must: &[
            "Prime Minister Shehbaz Sharif's visit to China (Meeting) -HELD_IN-> Great Hall of the People (Location)",
        ],
        must_not: &[
            "Shehbaz Sharif (Official) -ATTENDED-> Shehbaz Sharif's meeting with Xi Jinping (Meeting)",
        ],
    },
    Case {
        error: "instruments followed by \"covering\" lost their signers",
        text: "During the visit, the two countries signed more than a dozen agreements covering trade and media.",
        must: &[
            "China (Country) -SIGNED-> Agreements signed (case) (Agreement)",
            "Agreements signed (case) (Agreement) -FOCUSES_ON-> trade (Sector)",
        ],
        must_not: &[],
    },
    Case {
        error: "instruments to be signed later were signed",
        text: "Vice President Wang Qishan arrived in Islamabad. He said five memoranda of understanding would be signed during the visit.",
        must: &[],
        must_not: &[
            "Pakistan (Country) -SIGNED-> Agreements and MoUs signed during Vice President Wang Qishan's visit to Pakistan (Agreement)",
        ],
    },
    Case {
        error: "\"the visiting prime minister\" made the host the visitor",
        text: "Xi Jinping told the visiting prime minister that China stands ready to work with Pakistan.",
        must: &[],
        must_not: &["Xi Jinping (Official) -VISITED-> Pakistan (Country)"],
    },
    Case {
        error: "a line ending in \"and\" read past the end of the sentence (found by fuzzing)",
        text: "and",
        must: &[],
        must_not: &[],
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

/// Issue 6: officials were found by scanning every official named before, so
/// an article naming thousands took quadratic time. The indexes that replaced
/// the scans must resolve titles, synonyms, countries, surnames and "the two
/// ministers" exactly as the scans did, however many officials came between.
#[test]
fn issue_6_references_resolve_past_many_officials() {
    let mut text = String::from(
        "Foreign Secretary Amna Baloch met Chinese Ambassador Lin Qiaoyu in Islamabad.\n",
    );
    for i in 0..100 {
        text.push_str(&format!(
            "Pakistani Ambassador Zorba Quill{i} met Federal Minister Yara Stone{i} in Lahore.\n"
        ));
    }
    text.push_str(
        "The ambassador welcomed investors.\n\
         The envoy visited Gwadar.\n\
         The Chinese ambassador praised the ML-1 railway.\n\
         The foreign secretary thanked China.\n\
         Baloch agreed to expand trade.\n\
         Foreign Secretary Yara Stone0 spoke later.\n\
         The foreign secretary thanked Pakistan.\n\
         The railway was discussed.\n\
         The two ministers agreed to expand energy cooperation.\n",
    );
    let last_ambassador = "Official:zorba-quill99";
    assert_resolves(
        &text,
        &[
            (
                "The ambassador welcomed investors.",
                "The ambassador",
                last_ambassador,
            ),
            ("The envoy visited Gwadar.", "The envoy", last_ambassador),
            (
                "The Chinese ambassador praised the ML-1 railway.",
                "The Chinese ambassador",
                "Official:lin-qiaoyu",
            ),
            (
                "The foreign secretary thanked China.",
                "The foreign secretary",
                "Official:amna-baloch",
            ),
            (
                "Baloch agreed to expand trade.",
                "Baloch",
                "Official:amna-baloch",
            ),
            // A title given to an official already named makes them its latest holder.
            (
                "The foreign secretary thanked Pakistan.",
                "The foreign secretary",
                "Official:yara-stone0",
            ),
            (
                "The railway was discussed.",
                "The railway",
                "Project:ml-1-railway",
            ),
        ],
        &[
            "Lin Qiaoyu (Official) -COMMITTED_TO-> energy (Sector)",
            "Yara Stone0 (Official) -COMMITTED_TO-> energy (Sector)",
        ],
    );
    // Before any official of a party is mentioned, its last named in the article stands for it.
    assert_resolves(
        "Federal Minister Yara Stone met Ambassador Zorba Quill in Lahore.\n\
         The two ministers agreed to expand trade with China.\n\
         Chinese Ambassador Lin Qiaoyu arrived in Lahore.\n\
         Chinese Ambassador Wu Tao arrived in Karachi.\n",
        &[],
        &[
            "Wu Tao (Official) -COMMITTED_TO-> trade (Sector)",
            "Yara Stone (Official) -COMMITTED_TO-> trade (Sector)",
        ],
    );
}

/// Checks that each (sentence, surface) resolves to the id given, and that the
/// article gives each triple line.
fn assert_resolves(text: &str, referents: &[(&str, &str, &str)], triples: &[&str]) {
    let extractor = Extractor::builtin();
    let input = ArticleInput::new("case", text);
    let trace = extractor.explain(&input);
    for &(sentence, surface, want) in referents {
        let got = trace
            .iter()
            .filter(|s| s.text == sentence)
            .flat_map(|s| &s.mentions)
            .find(|m| m.surface == surface)
            .map(|m| m.referent.as_str());
        assert_eq!(got, Some(want), "{surface:?} in {sentence:?}");
    }
    let lines: Vec<String> = extractor
        .extract(&input)
        .triples
        .iter()
        .map(|t| t.to_string())
        .collect();
    for want in triples {
        assert!(
            lines.iter().any(|l| l == want),
            "missing: {want}\n{lines:#?}"
        );
    }
}
