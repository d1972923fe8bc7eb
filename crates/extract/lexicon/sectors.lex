# source: sector vocabulary of Pakistan-China joint statements; canonical names per ../../../../shared/devgold/GUIDE.md
Sector | political cooperation | strategic and political coordination; strategic and political cooperation; political ties; political coordination
Sector | economy | economic relations; economic cooperation
Sector | defence | defense; defence cooperation
Sector | security | security cooperation; regional security; regional peace and security
Sector | trade | two-way trade; trade cooperation; overland trade; trade liberalization; trade liberalisation
Sector | investment | investments
Sector | culture | cultural exchanges; cultural cooperation; cultural
Sector | people-to-people exchanges | people-to-people contacts; people-to-people ties; people-to-people exchange
Sector | industry | industrialisation; industrialization; industrial development; industrial cooperation; joint industrial ventures
Sector | agriculture | agricultural; agricultural products; agricultural cooperation
Sector | mining | mining industry; minerals
Sector | science and technology | S&T
Sector | information technology | IT; information and communication technology; ICT
Sector | cybersecurity | cyber security
Sector | vocational training | technical and vocational training and education; technical and vocational training
Sector | socio-economic development | economic and social development; socioeconomic development; social and economic development
Sector | counter-terrorism | counterterrorism; counter terrorism; combating terrorism; fight against terrorism; counter-terrorism cooperation
Sector | terrorism
Sector | finance and banking | financial cooperation; financial and banking sectors; finance
Sector | space | space cooperation; space programme; space program
Sector | multilateral forums | multilateral fora
Sector | clean energy
Sector | renewable energy | renewable energy projects
Sector | energy | energy sector
Sector | livelihood | people's livelihoods; livelihood projects; livelihoods
Sector | exports | export; export-oriented sectors
Sector | e-pakistan | e-Pakistan
Sector | environment
Sector | equity
Sector | connectivity | regional connectivity
Sector | infrastructure
Sector | geological survey | terrestrial and marine geological survey cooperation; geological survey cooperation
Sector | oil and gas | offshore oil and gas explorations
Sector | education | educational
Sector | technology | technological
Sector | artificial intelligence | AI
Sector | big data
Sector | communication technology
Sector | media
Sector | flood relief | flood rehabilitation; post-flood relief and rehabilitation
Sector | e-commerce
Sector | poverty alleviation | poverty reduction
Sector | tourism | tourism cooperation
Sector | epidemic containment
Sector | customs | customs clearance; customs facilitation
Sector | online payment systems
Sector | logistics
Sector | warehousing
Sector | start-ups | startups
Sector | small and medium-sized enterprises | micro, small and medium-sized enterprises; SMEs
Sector | pharmaceuticals | pharmaceutical
Sector | shoe-making
Sector | aviation | direct flights
Sector | military training
Sector | joint exercises
Sector | military technology
Sector | humanitarian assistance | humanitarian and economic assistance
Sector | development cooperation
Sector | business
Sector | climate change
Sector | ecosystem restoration
Sector | water resource management
Sector | digital economy
Sector | agricultural exports | export of agricultural product; export of agricultural products
Sector | cultural property protection | protection of cultural property
Sector | post-disaster reconstruction
Sector | animal disease control
Sector | geosciences
Sector | law enforcement
Sector | health | healthcare; health cooperation; public health
Sector | maritime cooperation | maritime affairs
Sector | blue economy | marine economy
Sector | hydropower
Sector | nuclear energy | civil nuclear cooperation
Sector | textiles | textile
Sector | fisheries
Sector | youth exchanges
Sector | capacity building
Sector | disaster management
Sector | railways
