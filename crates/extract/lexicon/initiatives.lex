# source: general knowledge of Chinese and Pakistani policy frameworks: BRI and its components, the
# source: Global Development/Security/Civilization/Governance Initiatives (2021, 2022, 2023, 2025),
# source: CPEC phases and the "five corridors" of CPEC 2.0 (growth, livelihood, innovation, green, open;
# source: announced 2024), the earlier health/industry/digital/green corridors (2022 joint communique),
# source: Long Term Plan for CPEC (2017-2030), Pakistan's Vision 2025, Uraan Pakistan and its 5Es
# source: (exports, e-Pakistan, energy, environment, equity), the Action Plan 2025-2029 (Feb 2025
# source: joint statement), and counter-terrorism plans (National Action Plan, Azm-e-Istehkam).
# note: bare "Global Development"/"Global Security"/"Global Governance" are not aliases: they are
# note: ordinary prose ("global security challenges"); coordinated lists need grammar, not the lexicon.
# note: canonical names follow shared/devgold/GUIDE.md "Cross-file canonical names".

# === Belt and Road and CPEC ===
Initiative | Belt and Road Initiative | BRI; Belt and Road; One Belt One Road; OBOR; Belt & Road Initiative; One Belt, One Road; Belt and Road cooperation
Initiative | Silk Road Economic Belt | | part_of=Belt and Road Initiative
Initiative | 21st Century Maritime Silk Road | 21st-Century Maritime Silk Road; Maritime Silk Road | part_of=Belt and Road Initiative
Initiative | Digital Silk Road | | part_of=Belt and Road Initiative
Initiative | Health Silk Road | | part_of=Belt and Road Initiative
Initiative | Green Silk Road | | part_of=Belt and Road Initiative
Initiative | Eight major steps for high-quality Belt and Road cooperation | eight major steps of high-quality Belt and Road cooperation; eight major steps for supporting high-quality Belt and Road cooperation; eight major steps | part_of=Belt and Road Initiative
Initiative | China-Pakistan Economic Corridor | CPEC; China Pakistan Economic Corridor; Pakistan-China Economic Corridor; Pakistan China Economic Corridor; China-Pak Economic Corridor; CPEC framework; China-Pakistan Economic Corridor (CPEC) | part_of=Belt and Road Initiative
Initiative | CPEC 2.0 | upgraded CPEC; upgraded version of the CPEC; upgraded version of CPEC; upgraded version of the CPEC construction; upgraded version of the China-Pakistan Economic Corridor; China-Pakistan Economic Corridor 2.0; China-Pakistan Economic Corridor (CPEC) 2.0; CPEC Phase II; CPEC Phase-II; CPEC phase 2; Phase II of CPEC; phase-II of CPEC; second phase of CPEC; second phase of the CPEC; CPEC's second phase; CPEC 2; upgraded version 2.0 of CPEC | part_of=China-Pakistan Economic Corridor
Initiative | CPEC Early Harvest | early harvest projects; CPEC early harvest projects; early harvest phase | part_of=China-Pakistan Economic Corridor
Initiative | Long Term Plan for CPEC (2017-2030) | Long Term Plan for China-Pakistan Economic Corridor (2017-2030); Long Term Plan for CPEC; Long-Term Plan for CPEC; CPEC Long Term Plan; CPEC Long-Term Plan; Long Term Plan for China-Pakistan Economic Corridor; Long Term Plan; LTP | part_of=China-Pakistan Economic Corridor
Initiative | 1+4 cooperation layout | 1+4 cooperation structure; 1+4 layout; 1+4 framework | part_of=China-Pakistan Economic Corridor
Initiative | Gwadar Smart Port City Master Plan | Gwadar Master Plan; Gwadar Smart Port City Plan | part_of=China-Pakistan Economic Corridor
# The five corridors of CPEC 2.0 (2024-2025 statements).
Initiative | Growth Corridor | corridor of growth | part_of=CPEC 2.0
Initiative | Livelihood Corridor | livelihood-enhancing corridor; corridor of livelihood | part_of=CPEC 2.0
Initiative | Innovation Corridor | corridor of innovation | part_of=CPEC 2.0
Initiative | Open Corridor | corridor of openness | part_of=CPEC 2.0
Initiative | Green Corridor | green corridors | part_of=CPEC 2.0
# The 2022 corridors (joint communique of November 2022): part of CPEC itself.
Initiative | Health Corridor | | part_of=China-Pakistan Economic Corridor
Initiative | Industry Corridor | Industrial Corridor | part_of=China-Pakistan Economic Corridor
Initiative | Digital Corridor | | part_of=China-Pakistan Economic Corridor

# === Chinese global initiatives and concepts ===
Initiative | Global Development Initiative | GDI; GDI framework
Initiative | Global Security Initiative | GSI
Initiative | Global Civilisation Initiative | GCI; Global Civilization Initiative
Initiative | Global Governance Initiative | GGI
Initiative | Community with a Shared Future for Mankind | community with a shared future for humanity; community of shared future for mankind; community of common destiny for mankind; community with a shared future for all mankind
Initiative | China-Pakistan Community with a Shared Future in the New Era | China-Pakistan community of shared future; China-Pakistan community with a shared future; Pakistan-China community of shared future; Pakistan-China community with a shared future; closer China-Pakistan community of shared future in the new era; closer China-Pakistan community with a shared future in the new era; even closer China-Pakistan community with a shared future in the new era; Pakistan-China Community with a Shared Future in the New Era; China-Pakistan community of shared future in the new era; community of shared future; community with a shared future
Initiative | Action Plan to Foster an Even Closer Pakistan-China Community with a Shared Future in the New Era (2025-2029) | Action Plan to Foster an Even Closer Pakistan-China Community with a Shared Future in the New Era; Action Plan 2025-2029; Action Plan (2025-2029); 2025-2029 Action Plan; Action Plan on Building an Even Closer China-Pakistan Community with a Shared Future in the New Era
Initiative | All-Weather Strategic Cooperative Partnership | all-weather partnership; all-weather strategic cooperative partners; all-weather strategic cooperative partner; China-Pakistan all-weather strategic cooperative partnership; Pakistan-China all-weather strategic cooperative partnership; all-weather strategic partnership; all-weather strategic partners; All Weather Strategic Cooperative Partnership
Initiative | One-China policy | one-China principle; One China policy; One China principle; one-China
Initiative | Five Principles of Peaceful Coexistence | five principles of peaceful co-existence; Panchsheel
Initiative | Chinese modernisation | Chinese modernization; Chinese path to modernization; Chinese path to modernisation
Initiative | Chinese Government Scholarship | Chinese Government Scholarships; CSC scholarship; Chinese government scholarship programme

# === Pakistan's national frameworks ===
Initiative | 5Es framework | five Es; 5Es; 5E framework; 5Es Framework of Pakistan; national development framework; 5Es of Uraan Pakistan
Initiative | Uraan Pakistan | Uraan Pakistan programme; Uraan Pakistan initiative; National Economic Transformation Plan
Initiative | Pakistan Vision 2025 | Vision 2025
Initiative | National Action Plan | NAP; National Action Plan against terrorism
Initiative | Azm-e-Istehkam | Operation Azm-e-Istehkam; Azm-i-Istehkam
Initiative | Zarb-e-Azb | Operation Zarb-e-Azb
Initiative | Radd-ul-Fasaad | Operation Radd-ul-Fasaad
Initiative | Digital Pakistan | Digital Pakistan Vision; Digital Pakistan Policy

# === Global and commemorative frameworks ===
Initiative | Sustainable Development Goals | SDGs; 2030 Agenda for Sustainable Development; 2030 Agenda; UN Sustainable Development Goals
Initiative | Common but Differentiated Responsibilities | CBDR; common but differentiated responsibilities and respective capabilities; CBDR-RC
Initiative | Pakistan-China Year of Tourism Exchanges | China-Pakistan Year of Tourism Exchanges; Year of Tourism Exchanges; Pakistan-China Tourism Year
Initiative | China-Pakistan Year of Friendly Exchanges | Pakistan-China Year of Friendly Exchanges; Year of Friendly Exchanges; China-Pakistan Friendly Exchange Year
