# source: general knowledge of sovereign states, their demonyms and seats of government
# source: (UN member-state list; CIA World Factbook-style conventions for demonyms and capitals).
# source: states chosen for likelihood in Pakistan-China diplomatic news 2013-2025
# source: (SCO, BRICS, OIC, Afghanistan neighbours, Gulf partners, South Asian and Central Asian states).
# note: Taiwan, Hong Kong, Macao, Palestine's territories etc. are Locations (see locations.lex),
# note: except Palestine, which Pakistan and China both recognise as a state.
# note: capital= is the seat of government as used in news ("Colombo", not "Sri Jayawardenepura Kotte").
# note: Maldives has no capital= on purpose: "Malé" folds to the English word "male".

Country | Pakistan | Islamic Republic of Pakistan; Pak | demonym=Pakistani; capital=Islamabad
Country | China | People's Republic of China; PRC; P.R. China | demonym=Chinese; capital=Beijing
Country | Afghanistan | Islamic Republic of Afghanistan | demonym=Afghan; capital=Kabul

# South Asia
Country | India | Republic of India | demonym=Indian; capital=New Delhi
Country | Bangladesh | People's Republic of Bangladesh | demonym=Bangladeshi; capital=Dhaka
Country | Sri Lanka | Democratic Socialist Republic of Sri Lanka | demonym=Sri Lankan; capital=Colombo
Country | Nepal | Federal Democratic Republic of Nepal | demonym=Nepali, Nepalese; capital=Kathmandu
Country | Bhutan | Kingdom of Bhutan | demonym=Bhutanese; capital=Thimphu
Country | Maldives | Republic of Maldives | demonym=Maldivian

# Central Asia and the Caucasus
Country | Uzbekistan | Republic of Uzbekistan | demonym=Uzbek; capital=Tashkent
Country | Tajikistan | Republic of Tajikistan | demonym=Tajik; capital=Dushanbe
Country | Kyrgyzstan | Kyrgyz Republic | demonym=Kyrgyz; capital=Bishkek
Country | Kazakhstan | Republic of Kazakhstan | demonym=Kazakh, Kazakhstani; capital=Astana
Country | Turkmenistan | | demonym=Turkmen; capital=Ashgabat
Country | Azerbaijan | Republic of Azerbaijan | demonym=Azerbaijani; capital=Baku

# West Asia and the Gulf
Country | Iran | Islamic Republic of Iran | demonym=Iranian; capital=Tehran
Country | Saudi Arabia | Kingdom of Saudi Arabia; KSA | demonym=Saudi; capital=Riyadh
Country | United Arab Emirates | UAE; U.A.E.; Emirates | demonym=Emirati; capital=Abu Dhabi
Country | Qatar | State of Qatar | demonym=Qatari; capital=Doha
Country | Kuwait | State of Kuwait | demonym=Kuwaiti; capital=Kuwait City
Country | Oman | Sultanate of Oman | demonym=Omani; capital=Muscat
Country | Bahrain | Kingdom of Bahrain | demonym=Bahraini; capital=Manama
Country | Turkey | Türkiye; Turkiye; Republic of Turkey; Republic of Türkiye | demonym=Turkish; capital=Ankara
Country | Iraq | Republic of Iraq | demonym=Iraqi; capital=Baghdad
Country | Syria | Syrian Arab Republic | demonym=Syrian; capital=Damascus
Country | Israel | State of Israel | demonym=Israeli
Country | Palestine | State of Palestine | demonym=Palestinian
Country | Egypt | Arab Republic of Egypt | demonym=Egyptian; capital=Cairo
Country | Jordan | Hashemite Kingdom of Jordan | demonym=Jordanian; capital=Amman

# East and Southeast Asia, Pacific
Country | Japan | | demonym=Japanese; capital=Tokyo
Country | South Korea | Republic of Korea; ROK | demonym=South Korean; capital=Seoul
Country | North Korea | Democratic People's Republic of Korea; DPRK | demonym=North Korean; capital=Pyongyang
Country | Mongolia | | demonym=Mongolian; capital=Ulaanbaatar
Country | Myanmar | Burma | demonym=Myanmar; capital=Naypyidaw
Country | Thailand | Kingdom of Thailand | demonym=Thai; capital=Bangkok
Country | Vietnam | Viet Nam | demonym=Vietnamese; capital=Hanoi
Country | Cambodia | Kingdom of Cambodia | demonym=Cambodian; capital=Phnom Penh
Country | Laos | Lao People's Democratic Republic; Lao PDR | demonym=Lao, Laotian; capital=Vientiane
Country | Malaysia | | demonym=Malaysian; capital=Kuala Lumpur
Country | Indonesia | Republic of Indonesia | demonym=Indonesian; capital=Jakarta
Country | Philippines | Republic of the Philippines | demonym=Filipino, Philippine; capital=Manila
Country | Singapore | Republic of Singapore | demonym=Singaporean
Country | Australia | Commonwealth of Australia | demonym=Australian; capital=Canberra

# Europe and the Americas
Country | United States | United States of America; USA; US; U.S.; U.S.A. | demonym=American; capital=Washington
Country | United Kingdom | UK; U.K.; Britain; Great Britain | demonym=British; capital=London
Country | Russia | Russian Federation | demonym=Russian; capital=Moscow
Country | France | French Republic | demonym=French; capital=Paris
Country | Germany | Federal Republic of Germany | demonym=German; capital=Berlin
Country | Italy | Italian Republic | demonym=Italian; capital=Rome
Country | Switzerland | Swiss Confederation | demonym=Swiss; capital=Bern
Country | Belarus | Republic of Belarus | demonym=Belarusian; capital=Minsk
Country | Ukraine | | demonym=Ukrainian; capital=Kyiv
Country | Canada | | demonym=Canadian; capital=Ottawa
Country | Venezuela | Bolivarian Republic of Venezuela | demonym=Venezuelan; capital=Caracas
Country | Cuba | Republic of Cuba | demonym=Cuban; capital=Havana
Country | Brazil | Federative Republic of Brazil | demonym=Brazilian; capital=Brasilia
Country | Argentina | Argentine Republic | demonym=Argentine, Argentinian; capital=Buenos Aires

# Africa
Country | South Africa | Republic of South Africa | demonym=South African; capital=Pretoria
Country | Ethiopia | | demonym=Ethiopian; capital=Addis Ababa
Country | Nigeria | | demonym=Nigerian; capital=Abuja
Country | Kenya | | demonym=Kenyan; capital=Nairobi
Country | Djibouti | Republic of Djibouti | demonym=Djiboutian
