# source: general knowledge of CPEC and Belt and Road policy vocabulary; canonical names per ../../../../shared/devgold/GUIDE.md
Initiative | China-Pakistan Economic Corridor | CPEC; China Pakistan Economic Corridor; Pakistan-China Economic Corridor; CPEC framework
Initiative | CPEC 2.0 | upgraded CPEC; upgraded version of the CPEC; upgraded version of CPEC; upgraded version of the China-Pakistan Economic Corridor; upgraded version of the CPEC construction; CPEC Phase II; second phase of CPEC | part_of=China-Pakistan Economic Corridor
Initiative | Belt and Road Initiative | BRI; Belt and Road; One Belt One Road; OBOR
Initiative | Global Development Initiative | GDI; GDI framework
Initiative | Global Security Initiative | GSI
Initiative | Global Civilisation Initiative | GCI; Global Civilization Initiative
Initiative | Global Governance Initiative | GGI
Initiative | All-Weather Strategic Cooperative Partnership | all-weather partnership; all-weather strategic cooperative partners; all-weather strategic cooperative partnership; China-Pakistan all-weather strategic cooperative partnership
Initiative | One-China policy | one-China principle
Initiative | 5Es framework | five Es; 5Es; national development framework
Initiative | Action Plan to Foster an Even Closer Pakistan-China Community with a Shared Future in the New Era (2025-2029) | Action Plan to Foster an Even Closer Pakistan-China Community with a Shared Future in the New Era (2025–2029); Action Plan to Foster an Even Closer Pakistan-China Community with a Shared Future in the New Era; Action Plan 2025–2029; Action Plan 2025-2029
Initiative | China-Pakistan Community with a Shared Future in the New Era | China-Pakistan community of shared future in the new era; community of shared future; China-Pakistan community of shared future
Initiative | Sustainable Development Goals | SDGs; sustainable development goals
Initiative | Common but Differentiated Responsibilities | CBDR
Initiative | Digital Silk Road
Initiative | Health Silk Road
Initiative | Uraan Pakistan
Initiative | Chinese modernisation | Chinese modernization
Initiative | Pakistan-China Year of Tourism Exchanges | Year of Tourism Exchanges
Initiative | Eight major steps for high-quality Belt and Road cooperation | eight major steps of high-quality Belt and Road cooperation; eight major steps | part_of=Belt and Road Initiative
Initiative | Long Term Plan for CPEC (2017-2030) | Long Term Plan; LTP | part_of=China-Pakistan Economic Corridor
