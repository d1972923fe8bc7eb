# source: the sector vocabulary of shared/devgold/GUIDE.md (names, splits and mappings), extended with
# source: the cooperation areas that recur in Pakistan-China joint statements, JCC/JWG minutes and
# source: MoU lists 2013-2025 (general knowledge of those documents' wording).
# note: canonical names are lower-case nouns. Aliases are surface forms: nouns, adjectives, "X cooperation",
# note: "X sector", UK/US spellings. Compounds the guide keeps whole ("science and technology", "finance and
# note: banking", "oil and gas") are single entries; pairs the guide splits ("defence and security", "trade and
# note: investment", "cultural and people-to-people exchanges") are NOT aliases - each half matches alone.
# note: "terrorism" is its own node (the thing condemned); "counter-terrorism" is the cooperation area.
# note: deliberately not aliases (too generic in prose): "cooperation", "training", "economic", "financial",
# note: "industrial", "power", "construction", "solar", "governance", bare "development" (the sector is "development cooperation").

# === Political, security, defence ===
Sector | political cooperation | strategic and political coordination; strategic and political cooperation; political coordination; political ties; political relations; political; political and strategic cooperation; political and strategic coordination
Sector | security | security cooperation; regional security; regional peace and security; peace and security; security ties; security collaboration
Sector | defence | defense; defence cooperation; defense cooperation; military cooperation; defence ties; defense ties; military-to-military cooperation; military-to-military relations; naval cooperation
Sector | defence production | defence industry; defense industry; defense production; defence industrial cooperation; defense industrial cooperation
Sector | military training | military training cooperation; training of military personnel; defence training
Sector | joint exercises | joint military exercises; joint military drills; joint drills; military exercises; joint naval exercises
Sector | military technology | defence technology; defense technology
Sector | counter-terrorism | counterterrorism; counter terrorism; combating terrorism; fight against terrorism; fight against terror; anti-terrorism; counter-terrorism cooperation; counterterrorism cooperation; war against terrorism; war on terror; combat terrorism; battling terrorism; countering terrorism; fighting terrorism; fight terrorism; combating all forms of terrorism; counter all forms of terrorism; efforts against terrorism; joint efforts against terrorism; cooperation against terrorism; action against terrorism
Sector | terrorism | terrorism in all its forms and manifestations; terrorist activities
Sector | extremism | violent extremism
Sector | separatism
Sector | law enforcement | law enforcement cooperation; police cooperation; policing
Sector | intelligence sharing | intelligence cooperation
Sector | cybersecurity | cyber security; cyber-security; cyberspace security; cyber cooperation
Sector | maritime security | maritime safety
Sector | border management | border security; border control; border management cooperation
Sector | anti-narcotics | counter-narcotics; counternarcotics; drug control; narcotics control
Sector | arms control | disarmament; arms control and disarmament
Sector | non-proliferation | nonproliferation; non proliferation
Sector | peacekeeping | UN peacekeeping; peacekeeping operations
Sector | judicial cooperation | judicial assistance; legal cooperation; mutual legal assistance
Sector | human rights
Sector | state governance | governance experience; exchange of governance experience; experience in state governance; good governance; governance cooperation
Sector | party-to-party exchanges | party-to-party relations; party-to-party cooperation; inter-party exchanges; exchanges between political parties
Sector | parliamentary exchanges | parliamentary cooperation; legislative exchanges; inter-parliamentary exchanges
Sector | multilateral forums | multilateral fora; multilateral platforms; multilateral affairs; multilateral arena
Sector | sister-city relations | sister cities; sister-city; sister-province relations; sister provinces; subnational cooperation; local government cooperation

# === Economy, trade, finance ===
Sector | economy | economic relations; economic cooperation; economic ties; economic collaboration; economic engagement
Sector | trade | two-way trade; trade cooperation; overland trade; trade liberalization; trade liberalisation; bilateral trade; trade ties; trade relations; trade volume; trade facilitation
Sector | exports | export; export-oriented sectors; export promotion; export-oriented industries
Sector | agricultural exports | export of agricultural products; export of agricultural product; agri-exports; agricultural exports to China
Sector | investment | investments; investment cooperation; foreign direct investment; FDI; investment promotion
Sector | finance and banking | financial cooperation; financial and banking sectors; finance; banking; financial sector; banking sector; banking and finance; finance and banking cooperation; financial services
Sector | fintech | financial technology
Sector | business | business cooperation; business-to-business; B2B; business ties
Sector | small and medium-sized enterprises | SMEs; SME; micro, small and medium-sized enterprises; small and medium enterprises; MSMEs
Sector | start-ups | startups; start-up; startup
Sector | e-commerce | ecommerce; e-commerce cooperation; electronic commerce; cross-border e-commerce
Sector | digital economy | digital trade
Sector | online payment systems | online payments; digital payments; mobile payments; online payment
Sector | customs | customs clearance; customs facilitation; customs cooperation
Sector | logistics | logistics cooperation
Sector | warehousing
Sector | poverty alleviation | poverty reduction; poverty eradication; poverty alleviation cooperation
Sector | socio-economic development | economic and social development; socioeconomic development; socio economic development; social and economic development; social sector development; social sector
Sector | livelihood | people's livelihoods; livelihood projects; people's livelihood; livelihoods
Sector | development cooperation
Sector | humanitarian assistance | humanitarian aid; humanitarian and economic assistance; humanitarian relief; humanitarian support
Sector | industry | industrialisation; industrialization; industrial development; industrial cooperation; joint industrial ventures; industries; industrial relocation; industrial parks; industrial sector
Sector | manufacturing | manufacturing sector
Sector | textiles | textile; textile industry; textile sector
Sector | shoe-making | footwear
Sector | automobiles | automotive; auto industry; automobile industry
Sector | pharmaceuticals | pharmaceutical; pharmaceutical industry; pharma
Sector | petrochemicals | petrochemical; petrochemical industry; oil refining
Sector | standardization | standardisation; standards cooperation
Sector | intellectual property | intellectual property rights; IPR

# === Energy, resources, environment ===
Sector | energy | energy sector; energy cooperation; energy projects; power sector; power generation; electricity generation
Sector | renewable energy | renewables; renewable energy projects; alternative energy; renewable energy sources
Sector | clean energy | clean energy projects; clean power
Sector | solar energy | solar power
Sector | wind energy | wind power
Sector | hydropower | hydroelectric power; hydel power; hydel; hydroelectricity; hydropower projects
Sector | nuclear energy | civil nuclear cooperation; nuclear power; civil nuclear energy; peaceful uses of nuclear energy; civil nuclear; civil nuclear energy cooperation
Sector | coal | coal power; coal-fired power; coal mining; indigenous coal
Sector | power transmission | transmission lines; power transmission lines; electricity transmission
Sector | electric vehicles | EVs; new energy vehicles; NEVs; electric vehicle
Sector | oil and gas | offshore oil and gas explorations; oil and gas exploration; petroleum; hydrocarbons; oil and gas sector
Sector | mining | mining industry; minerals; mineral resources; mining sector; mineral sector; minerals and mining; mineral exploration
Sector | geological survey | geological surveys; terrestrial and marine geological survey cooperation; geological exploration; geological cooperation; geological survey cooperation
Sector | geosciences | geoscience; earth sciences
Sector | climate change | climate action; climate cooperation; climate change cooperation
Sector | environment | environmental protection; environmental; ecological protection; environmental conservation
Sector | ecosystem restoration | ecological restoration
Sector | green development | green growth; green transition; green and low-carbon development; low-carbon development
Sector | biodiversity | biodiversity conservation
Sector | forestry | afforestation
Sector | desertification control | combating desertification; desertification
Sector | water resource management | water resources management; water management; water resources; water conservancy; water resource
Sector | irrigation | irrigation systems
Sector | desalination
Sector | disaster management | disaster risk reduction; disaster prevention and mitigation; disaster preparedness
Sector | flood relief | flood rehabilitation; post-flood relief and rehabilitation; post-flood reconstruction; flood reconstruction; flood response; flood relief efforts
Sector | post-disaster reconstruction | post-disaster recovery

# === Infrastructure, transport, maritime ===
Sector | infrastructure | infrastructure development; infrastructure construction; infrastructure projects
Sector | connectivity | regional connectivity; interconnectivity; physical connectivity; land connectivity
Sector | transport | transportation; transport infrastructure
Sector | railways | railway; rail; railway cooperation; railway sector
Sector | road infrastructure | roads; highways; road construction; road network
Sector | mass transit | urban rail transit; urban transport; mass transit systems
Sector | aviation | direct flights; civil aviation; air connectivity; aviation cooperation
Sector | ports and shipping | shipping; port development; maritime transport; port operations
Sector | maritime cooperation | maritime affairs; maritime sector
Sector | marine economy | ocean economy; marine sector
Sector | blue economy
Sector | fisheries | fishery; fishing; aquaculture; fisheries cooperation

# === Agriculture, food, health ===
Sector | agriculture | agricultural; agricultural cooperation; agricultural products; agricultural sector; farming
Sector | food security
Sector | livestock | animal husbandry; livestock sector
Sector | animal disease control | animal disease prevention; animal epidemic prevention; animal disease prevention and control
Sector | health | healthcare; health cooperation; health care; medical; medical cooperation; health sector; medical and health
Sector | public health | public health cooperation
Sector | epidemic containment | epidemic prevention and control; epidemic prevention; pandemic response; pandemic prevention and control; COVID-19 response
Sector | vaccines | vaccine cooperation; vaccine
Sector | traditional medicine | traditional Chinese medicine; TCM

# === Science, technology, digital ===
Sector | science and technology | S&T; sci-tech; scientific and technological cooperation; science and technology cooperation; scientific and technological; science & technology
Sector | technology | technological; technology transfer; technologies
Sector | innovation
Sector | information technology | IT; information and communication technology; information and communications technology; ICT; IT industry; IT sector; information technology industry
Sector | telecommunications | telecom; telecommunication; telecom sector
Sector | communication technology | communication technologies; communications technology
Sector | artificial intelligence | AI
Sector | big data
Sector | cloud computing
Sector | biotechnology | biotech
Sector | digital transformation | digitalisation; digitalization; digitization; digitisation
Sector | e-governance | digital governance; e-government
Sector | e-pakistan
Sector | space | space cooperation; space programme; space program; aerospace; space exploration; space technology; lunar exploration; outer space cooperation; space science

# === People, culture, education ===
Sector | people-to-people exchanges | people-to-people contacts; people-to-people ties; people-to-people; people-to-people exchange; people to people contacts; people to people exchanges; people-to-people links; people-to-people bonds
Sector | culture | cultural; cultural exchanges; cultural cooperation; culture and arts; cultural ties
Sector | cultural property protection | protection of cultural property; cultural heritage protection; cultural heritage; heritage conservation
Sector | archaeology | archaeological cooperation; archaeological
Sector | tourism | tourism cooperation; tourism sector
Sector | media | media cooperation; media exchanges
Sector | think tanks | think tank exchanges; think-tank; think tank; think-tanks; think tank cooperation
Sector | youth exchanges | youth cooperation; youth exchange
Sector | sports | sport; sports cooperation
Sector | women empowerment | women's empowerment; empowerment of women
Sector | education | educational; education cooperation; higher education; educational cooperation; education sector
Sector | academic exchanges | academic cooperation; academia
Sector | language education | Chinese language teaching; Chinese language learning; Chinese language education; Mandarin
Sector | vocational training | technical and vocational training and education; technical and vocational education and training; TVET; vocational education; vocational and technical training; technical training; technical and vocational training; vocational skills; skills development
Sector | human resource development | human resources development; HRD
Sector | capacity building | capacity-building
Sector | visa facilitation | visa facilitation arrangements

# === Pakistan's 5Es not covered above (exports, e-pakistan, energy, environment are) ===
Sector | equity
Sector | social welfare | social sector; social protection; social security cooperation
Sector | agricultural technology | agri-tech; agritech; agricultural science and technology; agro-technology
Sector | defence modernisation | defence modernization; military modernisation; military modernization
