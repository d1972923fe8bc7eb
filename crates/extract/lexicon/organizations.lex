# source: general knowledge of Pakistani and Chinese government structure (federal ministries and
# source: divisions of Pakistan; State Council ministries and CPC organs of China) as of 2025;
# source: CPEC institutional set-up (JCC and its Joint Working Groups, CPEC Authority) from Planning
# source: Ministry / Foreign Office press releases; membership lists of multilateral bodies;
# source: contractors and operators named in CPEC/Chinese-financed project reporting (COPHC, CRBC,
# source: CSCEC, China Three Gorges, PowerChina, CGGC, Huaneng, Shanghai Electric, State Grid, etc.).
# note: a standing format (dialogue series, working group, forum series) is an Organization;
# note: a dated round of it is a Meeting and is not listed here.
# note: "Pakistani government" / "Chinese government" are left to the Country (as in the dev gold).
# note: part_of is left off where the child's own name embeds the parent ("UN Security Council",
# note: "SCO RATS", "PLA Navy"): the extractor links spelled-out parents, and the guide treats embedded
# note: names as no separate entity.
# note: bare ambiguous names ("Ministry of Foreign Affairs", "Ministry of Commerce") are not aliases.

# === Pakistan: government, parliament, military ===
Organization | Ministry of Foreign Affairs of Pakistan | Foreign Office; FO; Ministry of Foreign Affairs - Pakistan; Ministry of Foreign Affairs Pakistan; @ForeignOfficePk; ForeignOfficePk; Pakistan Foreign Office; Pakistani Foreign Office; Pakistan's Foreign Office; Pakistan Foreign Ministry; Pakistani Foreign Ministry; Pakistan's Ministry of Foreign Affairs; Pakistan Ministry of Foreign Affairs | country=Pakistan
Organization | Ministry of Planning, Development and Special Initiatives | Planning Ministry; Ministry of Planning; Ministry of Planning and Development; Ministry of Planning, Development and Reform; Planning Division; MoPD&SI; Ministry of Planning Development and Special Initiatives | country=Pakistan
Organization | Planning Commission of Pakistan | Planning Commission | country=Pakistan
Organization | CPEC Authority | China-Pakistan Economic Corridor Authority; CPEC-A; CPECA | country=Pakistan
Organization | CPEC Secretariat | | country=Pakistan; part_of=Ministry of Planning, Development and Special Initiatives
Organization | Ministry of Finance of Pakistan | Finance Division; Finance Ministry; Pakistan Finance Ministry; Pakistan's Finance Ministry; Ministry of Finance and Revenue | country=Pakistan
Organization | Ministry of Commerce of Pakistan | Commerce Division; Commerce Ministry; Pakistan Commerce Ministry; Pakistan's Ministry of Commerce | country=Pakistan
Organization | Ministry of Economic Affairs of Pakistan | Economic Affairs Division; EAD; Ministry of Economic Affairs | country=Pakistan
Organization | Ministry of Interior of Pakistan | Interior Ministry; Ministry of Interior; Ministry of Interior and Narcotics Control; Interior Division | country=Pakistan
Organization | Ministry of Defence of Pakistan | Pakistan Ministry of Defence; Defence Ministry; Defense Ministry; Defence Ministry of Pakistan; Pakistan's Defence Ministry | country=Pakistan
Organization | Ministry of Maritime Affairs | Maritime Affairs Ministry | country=Pakistan
Organization | Ministry of Railways of Pakistan | Railways Ministry; Ministry of Railways | country=Pakistan
Organization | Ministry of Energy of Pakistan | Power Division; Petroleum Division; Ministry of Energy | country=Pakistan
Organization | Ministry of Water Resources of Pakistan | Pakistan Ministry of Water Resources | country=Pakistan
Organization | Ministry of Information Technology and Telecommunication | MoITT; IT Ministry | country=Pakistan
Organization | Ministry of Climate Change and Environmental Coordination | Ministry of Climate Change | country=Pakistan
Organization | Ministry of National Food Security and Research | MNFSR | country=Pakistan
Organization | Ministry of Industries and Production | | country=Pakistan
Organization | Ministry of Communications of Pakistan | Ministry of Communications | country=Pakistan
Organization | Ministry of Science and Technology of Pakistan | MoST Pakistan | country=Pakistan
Organization | Board of Investment | BOI; BoI; Pakistan Board of Investment | country=Pakistan
Organization | Special Investment Facilitation Council | SIFC | country=Pakistan
Organization | State Bank of Pakistan | SBP | country=Pakistan
Organization | Federal Board of Revenue | FBR | country=Pakistan
Organization | Securities and Exchange Commission of Pakistan | SECP | country=Pakistan
Organization | Private Power and Infrastructure Board | PPIB | country=Pakistan
Organization | Water and Power Development Authority | WAPDA | country=Pakistan
Organization | National Electric Power Regulatory Authority | NEPRA | country=Pakistan
Organization | National Highway Authority | NHA | country=Pakistan
Organization | Pakistan Railways | | country=Pakistan
Organization | Gwadar Port Authority | GPA | country=Pakistan
Organization | Gwadar Development Authority | GDA | country=Pakistan
Organization | Pakistan Atomic Energy Commission | PAEC | country=Pakistan
Organization | Pakistan Space and Upper Atmosphere Research Commission | SUPARCO; Space and Upper Atmosphere Research Commission | country=Pakistan
Organization | Higher Education Commission | HEC; Higher Education Commission of Pakistan | country=Pakistan
Organization | National Disaster Management Authority | NDMA | country=Pakistan
Organization | National Counter Terrorism Authority | NACTA; National Counter-Terrorism Authority | country=Pakistan
Organization | National Logistics Cell | NLC | country=Pakistan
Organization | Frontier Works Organization | FWO | country=Pakistan
Organization | Embassy of Pakistan in China | Pakistan Embassy in Beijing; Pakistani Embassy in Beijing; Embassy of Pakistan in Beijing; Pakistan Embassy in China; Pakistani Embassy in China | country=Pakistan
Organization | Consulate General of Pakistan in Shanghai | Pakistan Consulate General in Shanghai; Pakistani Consulate in Shanghai | country=Pakistan
Organization | Consulate General of Pakistan in Chengdu | Pakistan Consulate General in Chengdu; Pakistani Consulate in Chengdu | country=Pakistan
Organization | Consulate General of Pakistan in Guangzhou | Pakistan Consulate General in Guangzhou; Pakistani Consulate in Guangzhou | country=Pakistan
Organization | Parliament of Pakistan | Pakistani Parliament; Pakistan's Parliament; Majlis-e-Shoora | country=Pakistan
Organization | Senate of Pakistan | Senate; Pakistani Senate; Pakistan Senate | country=Pakistan; part_of=Parliament of Pakistan
Organization | National Assembly of Pakistan | National Assembly; Pakistani National Assembly | country=Pakistan; part_of=Parliament of Pakistan
Organization | Senate Standing Committee on Defence | Senate Defence Committee | country=Pakistan
Organization | Supreme Court of Pakistan | | country=Pakistan
Organization | National Security Committee | NSC | country=Pakistan
Organization | Pakistan Armed Forces | Pakistani armed forces; Pakistan's armed forces; Pakistani military; Pakistan military | country=Pakistan
Organization | Pakistan Army | Pakistani Army; Pakistan's Army | country=Pakistan; part_of=Pakistan Armed Forces
Organization | Pakistan Navy | Pakistani Navy | country=Pakistan; part_of=Pakistan Armed Forces
Organization | Pakistan Air Force | PAF; Pakistani Air Force | country=Pakistan; part_of=Pakistan Armed Forces
Organization | Joint Chiefs of Staff Committee | JCSC | country=Pakistan; part_of=Pakistan Armed Forces
Organization | General Headquarters | GHQ | country=Pakistan; part_of=Pakistan Army
Organization | Inter-Services Public Relations | ISPR | country=Pakistan; part_of=Pakistan Armed Forces
Organization | Inter-Services Intelligence | ISI; Inter Services Intelligence | country=Pakistan
Organization | Special Security Division | SSD | country=Pakistan; part_of=Pakistan Army
Organization | Frontier Corps | | country=Pakistan
Organization | Government of Balochistan | Balochistan government | country=Pakistan
Organization | Government of Sindh | Sindh government | country=Pakistan
Organization | Government of Punjab | Punjab government | country=Pakistan
Organization | Government of Khyber Pakhtunkhwa | Khyber Pakhtunkhwa government; KP government | country=Pakistan

# --- Pakistani political parties ---
Organization | Pakistan Muslim League (Nawaz) | PML-N; PMLN; Pakistan Muslim League-Nawaz | country=Pakistan
Organization | Pakistan Peoples Party | PPP; Pakistan People's Party; Pakistan Peoples Party Parliamentarians; PPPP | country=Pakistan
Organization | Pakistan Tehreek-e-Insaf | PTI; Pakistan Tehreek-i-Insaf; Pakistan Tehrik-e-Insaf | country=Pakistan
Organization | Jamiat Ulema-e-Islam (F) | JUI-F; Jamiat Ulema-e-Islam-Fazl | country=Pakistan
Organization | Muttahida Qaumi Movement-Pakistan | MQM-P; MQM | country=Pakistan
Organization | Balochistan Awami Party | BAP | country=Pakistan
Organization | Pakistan Muslim League (Quaid) | PML-Q | country=Pakistan
Organization | Jamaat-e-Islami | JI | country=Pakistan

# --- Pakistani think tanks, business bodies, companies ---
Organization | Pakistan-China Institute | Pakistan China Institute; PCI | country=Pakistan
Organization | Federation of Pakistan Chambers of Commerce and Industry | FPCCI | country=Pakistan
Organization | K-Electric | KE | country=Pakistan
Organization | Hub Power Company | Hubco; HUBCO | country=Pakistan
Organization | Engro Corporation | Engro | country=Pakistan
Organization | Sindh Engro Coal Mining Company | SECMC | country=Pakistan
Organization | Pakistan International Airlines | PIA | country=Pakistan
Organization | Pakistan Steel Mills | | country=Pakistan
Organization | University of Karachi | Karachi University | country=Pakistan
Organization | Confucius Institute at the University of Karachi | Confucius Institute Karachi; Karachi University Confucius Institute | country=Pakistan

# === China: party, state, military ===
Organization | Communist Party of China | CPC; Chinese Communist Party; CCP; Communist Party of China (CPC) | country=China
Organization | Central Committee of the Communist Party of China | Communist Party of China's Central Committee; Communist Party of China Central Committee; CPC Central Committee; Central Committee of the CPC; CCP Central Committee; Party Central Committee | country=China; part_of=Communist Party of China
Organization | Political Bureau of the CPC Central Committee | Political Bureau of the Communist Party of China's Central Committee; Political Bureau of the Central Committee of the Communist Party of China; Political Bureau of the Central Committee of the CPC; Politburo; Political Bureau; CPC Politburo; Politburo of the CPC Central Committee | country=China; part_of=Central Committee of the Communist Party of China
Organization | Standing Committee of the Political Bureau of the CPC Central Committee | Politburo Standing Committee; Standing Committee of the Political Bureau; Standing Committee of the Politburo; PBSC | country=China; part_of=Political Bureau of the CPC Central Committee
Organization | General Office of the CPC Central Committee | General Office of the Central Committee of the Communist Party of China | country=China; part_of=Central Committee of the Communist Party of China
Organization | Central Foreign Affairs Commission | Central Commission for Foreign Affairs; CPC Central Foreign Affairs Commission; Foreign Affairs Commission of the CPC Central Committee | country=China; part_of=Central Committee of the Communist Party of China
Organization | Office of the Central Foreign Affairs Commission | Office of the Central Commission for Foreign Affairs | country=China; part_of=Central Foreign Affairs Commission
Organization | International Department of the CPC Central Committee | International Department of the Central Committee of the Communist Party of China; IDCPC; International Liaison Department; CPC International Department | country=China; part_of=Central Committee of the Communist Party of China
Organization | United Front Work Department | United Front Work Department of the CPC Central Committee; UFWD | country=China; part_of=Central Committee of the Communist Party of China
Organization | Central Commission for Discipline Inspection | CCDI | country=China; part_of=Communist Party of China
Organization | Central Military Commission | CMC | country=China
Organization | National People's Congress | NPC | country=China
Organization | Standing Committee of the National People's Congress | NPC Standing Committee; Standing Committee of the NPC; NPCSC | country=China; part_of=National People's Congress
Organization | Chinese People's Political Consultative Conference | CPPCC | country=China
Organization | National Committee of the Chinese People's Political Consultative Conference | CPPCC National Committee; National Committee of the CPPCC | country=China; part_of=Chinese People's Political Consultative Conference
Organization | State Council of China | State Council; Chinese State Council; State Council of the People's Republic of China; China's State Council | country=China
Organization | Ministry of Foreign Affairs of China | Chinese Foreign Ministry; Chinese Ministry of Foreign Affairs; China's Foreign Ministry; China's Ministry of Foreign Affairs; Ministry of Foreign Affairs of the People's Republic of China; Chinese MFA; Chinese Foreign Affairs Ministry | country=China; part_of=State Council of China
Organization | National Development and Reform Commission | NDRC; China's National Development and Reform Commission | country=China; part_of=State Council of China
Organization | Ministry of Commerce of China | MOFCOM; MofCom; Chinese Ministry of Commerce; China's Ministry of Commerce; Ministry of Commerce of the People's Republic of China; Chinese Commerce Ministry | country=China; part_of=State Council of China
Organization | Ministry of Finance of China | Chinese Ministry of Finance; China's Ministry of Finance; Chinese Finance Ministry | country=China; part_of=State Council of China
Organization | Ministry of National Defense of China | Chinese Ministry of National Defense; Ministry of National Defence of China; Chinese Defence Ministry; Chinese Defense Ministry; China's Defence Ministry; China's Defense Ministry | country=China; part_of=State Council of China
Organization | Ministry of Public Security of China | Ministry of Public Security; Chinese Ministry of Public Security | country=China; part_of=State Council of China
Organization | Ministry of Science and Technology of China | Chinese Ministry of Science and Technology | country=China; part_of=State Council of China
Organization | Ministry of Agriculture and Rural Affairs | Chinese Ministry of Agriculture | country=China; part_of=State Council of China
Organization | Ministry of Ecology and Environment | | country=China; part_of=State Council of China
Organization | Ministry of Water Resources of China | Chinese Ministry of Water Resources | country=China; part_of=State Council of China
Organization | National Energy Administration | NEA | country=China; part_of=National Development and Reform Commission
Organization | General Administration of Customs of China | General Administration of Customs; GACC; China Customs | country=China; part_of=State Council of China
Organization | China International Development Cooperation Agency | CIDCA | country=China; part_of=State Council of China
Organization | China National Space Administration | CNSA | country=China
Organization | China Atomic Energy Authority | CAEA | country=China
Organization | China Manned Space Agency | CMSA; China Manned Space Engineering Office | country=China
Organization | Chinese Academy of Sciences | CAS | country=China
Organization | People's Bank of China | PBOC; PBoC | country=China
Organization | China Council for the Promotion of International Trade | CCPIT | country=China
Organization | Xinjiang Production and Construction Corps | XPCC | country=China
Organization | People's Government of Xinjiang Uygur Autonomous Region | Xinjiang regional government; Xinjiang government | country=China
Organization | People's Liberation Army | PLA; Chinese People's Liberation Army; Chinese military | country=China; part_of=Central Military Commission
Organization | People's Liberation Army Navy | PLA Navy; PLAN; Chinese Navy | country=China
Organization | People's Liberation Army Air Force | PLA Air Force; PLAAF; Chinese Air Force | country=China
Organization | Embassy of China in Pakistan | Chinese Embassy in Pakistan; Chinese Embassy in Islamabad; Embassy of China in Islamabad; Chinese Embassy; Embassy of the People's Republic of China in Pakistan | country=China
Organization | Consulate General of China in Karachi | Chinese Consulate General in Karachi; Chinese Consulate in Karachi; Chinese consulate Karachi | country=China
Organization | Consulate General of China in Lahore | Chinese Consulate General in Lahore; Chinese Consulate in Lahore | country=China

# --- Chinese state companies and banks active in Pakistan ---
Organization | China Overseas Port Holding Company | COPHC; China Overseas Ports Holding Company; China Overseas Port Holding Company Pakistan; COPHCL | country=China
Organization | China State Construction Engineering Corporation | CSCEC; China State Construction | country=China
Organization | China Communications Construction Company | CCCC; China Communications Construction | country=China
Organization | China Road and Bridge Corporation | CRBC | country=China; part_of=China Communications Construction Company
Organization | China Harbour Engineering Company | CHEC; China Harbour | country=China; part_of=China Communications Construction Company
Organization | China Three Gorges Corporation | China Three Gorges; CTG; Three Gorges Corporation; China Three Gorges South Asia Investment Limited; CSAIL | country=China
Organization | Power Construction Corporation of China | PowerChina | country=China
Organization | Sinohydro | Sinohydro Corporation | country=China; part_of=Power Construction Corporation of China
Organization | China Gezhouba Group | CGGC; China Gezhouba Group Company; Gezhouba | country=China
Organization | China Energy Engineering Corporation | CEEC | country=China
Organization | China Huaneng Group | Huaneng | country=China
Organization | China Power International Holding | CPIH; China Power | country=China
Organization | Shanghai Electric | Shanghai Electric Group | country=China
Organization | State Grid Corporation of China | State Grid; SGCC | country=China
Organization | China National Nuclear Corporation | CNNC | country=China
Organization | China National Petroleum Corporation | CNPC | country=China
Organization | China Petroleum and Chemical Corporation | Sinopec | country=China
Organization | China Railway Group | China Railway Engineering Corporation; CREC | country=China
Organization | China Railway Construction Corporation | CRCC | country=China
Organization | China Machinery Engineering Corporation | CMEC | country=China
Organization | Metallurgical Corporation of China | MCC | country=China
Organization | Zonergy | Zonergy Company | country=China
Organization | China Mobile | China Mobile Pakistan; Zong | country=China
Organization | Huawei | Huawei Technologies | country=China
Organization | ZTE | ZTE Corporation | country=China
Organization | Alibaba Group | Alibaba | country=China
Organization | Haier | Haier Group | country=China
Organization | Export-Import Bank of China | China Exim Bank; Exim Bank of China; CHEXIM | country=China
Organization | China Development Bank | CDB | country=China
Organization | Bank of China | | country=China
Organization | Industrial and Commercial Bank of China | ICBC | country=China
Organization | Silk Road Fund | | country=China

# === Bilateral and trilateral standing mechanisms ===
Organization | Joint Cooperation Committee of CPEC | JCC; CPEC JCC; Joint Cooperation Committee; CPEC Joint Cooperation Committee; China-Pakistan Economic Corridor Joint Cooperation Committee; Pakistan-China Joint Cooperation Committee; Joint Coordination Committee; CPEC Joint Coordination Committee
Organization | CPEC Joint Working Group on International Cooperation and Coordination | JWG-ICC; CPEC JWG-ICC; Joint Working Group on International Cooperation and Coordination; JWG on International Cooperation and Coordination | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Planning | JWG on Planning; Joint Working Group on Planning | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Energy | JWG on Energy; Joint Working Group on Energy | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Transport Infrastructure | JWG on Transport Infrastructure; Joint Working Group on Transport Infrastructure | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Gwadar | JWG on Gwadar; Joint Working Group on Gwadar; JWG on Gwadar Port | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Industrial Cooperation | JWG on Industrial Cooperation; Joint Working Group on Industrial Cooperation | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Socio-Economic Development | JWG on Socio-Economic Development; Joint Working Group on Socio-Economic Development | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Security | JWG on Security; Joint Working Group on Security | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Science and Technology | JWG on Science and Technology; Joint Working Group on Science and Technology | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Agriculture | JWG on Agriculture; Joint Working Group on Agriculture | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Information Technology | JWG on IT; JWG on Information Technology; Joint Working Group on Information Technology; JWG on IT Industry | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Joint Working Group on Water Resources | JWG on Water Resources; Joint Working Group on Water Resources | part_of=Joint Cooperation Committee of CPEC
Organization | CPEC Political Parties Joint Consultation Mechanism | Political Parties Joint Consultation Mechanism; CPEC Political Parties Forum
Organization | Pakistan-China Foreign Ministers' Strategic Dialogue | China-Pakistan Foreign Ministers' Strategic Dialogue; Foreign Ministers' Strategic Dialogue; Foreign Minister's Strategic Dialogue; Foreign Ministers Strategic Dialogue; Pak-China Foreign Ministers' Strategic Dialogue; Pakistan-China Strategic Dialogue at Foreign Ministers' level
Organization | Pakistan-China Strategic Dialogue | China-Pakistan Strategic Dialogue; Pak-China Strategic Dialogue
Organization | China-Afghanistan-Pakistan Foreign Ministers' Dialogue | China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue; China-Pakistan-Afghanistan Trilateral Foreign Ministers' Dialogue; China-Pakistan-Afghanistan Foreign Ministers' Dialogue; Pakistan-China-Afghanistan Trilateral Foreign Ministers' Dialogue; Trilateral Foreign Ministers' Dialogue; China-Afghanistan-Pakistan trilateral dialogue; China-Pakistan-Afghanistan trilateral dialogue; trilateral dialogue
Organization | Foreign Ministers' Meeting of the Six Neighbouring Countries of Afghanistan | Foreign Ministers' meetings of the six neighboring countries of Afghanistan; Foreign Ministers' Meeting of the Neighbouring Countries of Afghanistan; Foreign Ministers' Meeting of Neighbouring Countries of Afghanistan; Foreign Ministers' Meeting of the Neighboring Countries of Afghanistan
Organization | Moscow Format Consultations on Afghanistan | Moscow Format; Moscow Format consultations
Organization | Quadrilateral Coordination and Cooperation Mechanism | QCCM; Quadrilateral Cooperation and Coordination Mechanism
Organization | Quadrilateral Coordination Group | QCG
Organization | Spokespersons Dialogue | China-Pakistan Spokespersons Dialogue; Pakistan-China Spokespersons Dialogue
Organization | Consultations on Arms Control and Disarmament | China-Pakistan Consultations on Arms Control and Disarmament; Pakistan-China Consultations on Arms Control and Disarmament
Organization | Committee on Trade in Goods | China-Pakistan Committee on Trade in Goods
Organization | China-Pakistan Joint Working Group on Trade, Investment and E-commerce | Joint Working Group on Trade, Investment and E-commerce; JWG on Trade, Investment and E-commerce; Pakistan-China Joint Working Group on Trade, Investment and E-commerce
Organization | Pakistan-China Think Tanks Forum | China-Pakistan Think Tanks Forum; Think Tanks Forum
Organization | China-Pakistan Media Forum | Pakistan-China Media Forum
Organization | Group of Friends of GDI | Group of Friends of the Global Development Initiative; Group of Friends of Global Development Initiative

# === Multilateral bodies and fora ===
Organization | United Nations | UN; U.N.; United Nations Organization; UNO
Organization | UN Security Council | UNSC; United Nations Security Council; Security Council; U.N. Security Council
Organization | UNSC 1267 Sanctions Committee | 1267 Committee; 1267 sanctions committee; ISIL (Da'esh) and Al-Qaida Sanctions Committee | part_of=UN Security Council
Organization | UN General Assembly | UNGA; United Nations General Assembly; General Assembly
Organization | UN Human Rights Council | UNHRC; Human Rights Council; United Nations Human Rights Council
Organization | United Nations Development Programme | UNDP
Organization | Food and Agriculture Organization | FAO
Organization | World Health Organization | WHO
Organization | International Atomic Energy Agency | IAEA
Organization | World Trade Organization | WTO
Organization | International Court of Justice | ICJ
Organization | Shanghai Cooperation Organization | SCO; Shanghai Cooperation Organisation
Organization | SCO Council of Heads of State | Council of Heads of State; SCO Heads of State Council
Organization | SCO Council of Heads of Government | Council of Heads of Government; SCO Heads of Government Council
Organization | SCO Council of Foreign Ministers | SCO Foreign Ministers' Council; Council of Foreign Ministers of the SCO
Organization | SCO Regional Anti-Terrorist Structure | RATS; SCO RATS; Regional Anti-Terrorist Structure
Organization | BRICS
Organization | New Development Bank | NDB
Organization | Association of Southeast Asian Nations | ASEAN
Organization | ASEAN Regional Forum | ARF
Organization | Organisation of Islamic Cooperation | OIC; Organization of Islamic Cooperation
Organization | South Asian Association for Regional Cooperation | SAARC
Organization | Economic Cooperation Organization | ECO
Organization | Conference on Interaction and Confidence-Building Measures in Asia | CICA
Organization | Central Asia Regional Economic Cooperation | CAREC
Organization | Group of Twenty | G20; G-20
Organization | Group of Seven | G7; G-7
Organization | Group of 77 and China | G77; G-77; Group of 77
Organization | European Union | EU
Organization | Gulf Cooperation Council | GCC
Organization | League of Arab States | Arab League
Organization | Quadrilateral Security Dialogue | Quad
Organization | International Monetary Fund | IMF
Organization | World Bank | World Bank Group
Organization | Asian Development Bank | ADB
Organization | Asian Infrastructure Investment Bank | AIIB
Organization | Islamic Development Bank | IsDB
Organization | Financial Action Task Force | FATF
Organization | Nuclear Suppliers Group | NSG
Organization | Boao Forum for Asia | BFA; Boao Forum
Organization | China International Import Expo | CIIE
Organization | China-South Asia Expo | China-South Asia Exposition
Organization | World Economic Forum | WEF

# === Afghanistan and armed groups named in statements ===
Organization | Interim Afghan Government | Afghan Interim Government; Interim Government of Afghanistan; Afghan interim authorities; Islamic Emirate of Afghanistan; Afghan Taliban government | country=Afghanistan
Organization | Afghan Taliban | Taliban
Organization | Tehreek-e-Taliban Pakistan | TTP; Pakistani Taliban; Tehrik-i-Taliban Pakistan; Tehrik-e-Taliban Pakistan; Tehreek-i-Taliban Pakistan; Fitna al-Khawarij; Fitna-al-Khawarij
Organization | East Turkestan Islamic Movement | ETIM; Turkistan Islamic Party; TIP; East Turkistan Islamic Movement
Organization | Balochistan Liberation Army | BLA; Majeed Brigade
Organization | Balochistan Liberation Front | BLF
Organization | Fitna al-Hindustan | Fitna-al-Hindustan
Organization | Islamic State Khorasan Province | ISKP; IS-K; ISIS-K; Islamic State-Khorasan
Organization | Islamic State | ISIS; ISIL; Daesh; Da'esh
Organization | Al-Qaeda | Al Qaeda; al-Qaida
