# source: general geographic knowledge (administrative divisions of Pakistan and China; cities,
# source: regions, seas, passes and border crossings named in Pakistan-China reporting; venues such as
# source: the Great Hall of the People, Diaoyutai State Guesthouse, Aiwan-e-Sadr). Capitals of the states
# source: in countries.lex are listed so they are found as places (the Country entry's capital= maps them
# source: to the state when they act).
# note: located_in chains: building -> city -> province/region -> country.
# note: disputed areas (Jammu and Kashmir) carry no located_in.

# === China: provinces, regions, SARs ===
Location | Xinjiang | Xinjiang Uygur Autonomous Region; Xinjiang Uyghur Autonomous Region; XUAR; Xinjiang region | located_in=China
Location | Xizang | Tibet; Xizang Autonomous Region; Tibet Autonomous Region | located_in=China
Location | Taiwan | Taiwan region; Taiwan Island; island of Taiwan | located_in=China
Location | Hong Kong | Hong Kong SAR; Hong Kong Special Administrative Region; HKSAR | located_in=China
Location | Macao | Macau; Macao SAR; Macao Special Administrative Region | located_in=China
Location | Hainan | Hainan Province; Hainan Island | located_in=China
Location | Guangdong | Guangdong Province | located_in=China
Location | Zhejiang | Zhejiang Province | located_in=China
Location | Jiangsu | Jiangsu Province | located_in=China
Location | Shandong | Shandong Province | located_in=China
Location | Fujian | Fujian Province | located_in=China
Location | Sichuan | Sichuan Province | located_in=China
Location | Yunnan | Yunnan Province | located_in=China
Location | Shaanxi | Shaanxi Province | located_in=China
Location | Hubei | Hubei Province | located_in=China
Location | Heilongjiang | Heilongjiang Province | located_in=China
Location | Gansu | Gansu Province | located_in=China
Location | Guangxi | Guangxi Zhuang Autonomous Region | located_in=China
Location | Inner Mongolia | Inner Mongolia Autonomous Region | located_in=China

# === China: cities and sites ===
Location | Beijing | Beijing city | located_in=China
Location | Shanghai | | located_in=China
Location | Tianjin | | located_in=China
Location | Chongqing | | located_in=China
Location | Guangzhou | | located_in=Guangdong
Location | Shenzhen | | located_in=Guangdong
Location | Hangzhou | | located_in=Zhejiang
Location | Nanjing | | located_in=Jiangsu
Location | Qingdao | | located_in=Shandong
Location | Xiamen | | located_in=Fujian
Location | Wuhan | | located_in=Hubei
Location | Chengdu | | located_in=Sichuan
Location | Kunming | | located_in=Yunnan
Location | Xi'an | Xian | located_in=Shaanxi
Location | Harbin | | located_in=Heilongjiang
Location | Urumqi | Urumchi | located_in=Xinjiang
Location | Kashgar | Kashi | located_in=Xinjiang
Location | Tashkurgan | Taxkorgan; Tashkurgan Tajik Autonomous County | located_in=Xinjiang
Location | Boao | | located_in=Hainan
Location | Sanya | | located_in=Hainan
Location | Great Hall of the People | Great Hall | located_in=Beijing
Location | Diaoyutai State Guesthouse | Diaoyutai State Guest House; Diaoyutai | located_in=Beijing
Location | Zhongnanhai | | located_in=Beijing
Location | Palace Museum | Forbidden City | located_in=Beijing
Location | Tiananmen Square | Tian'anmen Square | located_in=Beijing
Location | Xichang Satellite Launch Center | Xichang Satellite Launch Centre; Xichang | located_in=Sichuan
Location | Jiuquan Satellite Launch Center | Jiuquan Satellite Launch Centre; Jiuquan | located_in=China
Location | Wenchang Space Launch Site | Wenchang Spacecraft Launch Site; Wenchang Satellite Launch Center; Wenchang | located_in=Hainan

# === Pakistan: provinces and territories ===
Location | Balochistan | Baluchistan | located_in=Pakistan
Location | Sindh | Sindh province | located_in=Pakistan
Location | Punjab | Punjab province | located_in=Pakistan
Location | Khyber Pakhtunkhwa | KP; KPK; Khyber-Pakhtunkhwa; Khyber Pakhtoonkhwa | located_in=Pakistan
Location | Gilgit-Baltistan | GB; Gilgit Baltistan | located_in=Pakistan
Location | Azad Jammu and Kashmir | AJK; Azad Kashmir; Azad Jammu & Kashmir | located_in=Pakistan
Location | Islamabad Capital Territory | | located_in=Pakistan
Location | Jammu and Kashmir | Jammu & Kashmir; Kashmir; Indian Illegally Occupied Jammu and Kashmir; IIOJK; Indian Illegally Occupied Jammu & Kashmir; Indian-occupied Kashmir; Indian Occupied Kashmir; Indian-administered Kashmir; IOK; occupied Kashmir
Location | Line of Control | LoC; LOC
Location | North Waziristan | | located_in=Khyber Pakhtunkhwa
Location | Thar | Tharparkar; Thar Desert; Thar coalfield; Thar coal field | located_in=Sindh

# === Pakistan: cities, towns, crossings and buildings ===
Location | Islamabad | | located_in=Pakistan
Location | Karachi | | located_in=Sindh
Location | Lahore | | located_in=Punjab
Location | Gwadar | Gawadar | located_in=Balochistan
Location | Peshawar | | located_in=Khyber Pakhtunkhwa
Location | Quetta | | located_in=Balochistan
Location | Rawalpindi | | located_in=Punjab
Location | Multan | | located_in=Punjab
Location | Faisalabad | | located_in=Punjab
Location | Sialkot | | located_in=Punjab
Location | Bahawalpur | | located_in=Punjab
Location | Hyderabad | | located_in=Sindh
Location | Sukkur | | located_in=Sindh
Location | Jhimpir | | located_in=Sindh
Location | Port Qasim | | located_in=Karachi
Location | Turbat | Kech | located_in=Balochistan
Location | Khuzdar | | located_in=Balochistan
Location | Chaman | | located_in=Balochistan
Location | Gilgit | | located_in=Gilgit-Baltistan
Location | Hunza | Hunza Valley | located_in=Gilgit-Baltistan
Location | Sost | | located_in=Gilgit-Baltistan
Location | Skardu | | located_in=Gilgit-Baltistan
Location | Khunjerab Pass | Khunjerab; Khunjerab Top | located_in=Gilgit-Baltistan
Location | Muzaffarabad | | located_in=Azad Jammu and Kashmir
Location | Abbottabad | | located_in=Khyber Pakhtunkhwa
Location | Mansehra | | located_in=Khyber Pakhtunkhwa
Location | Besham | | located_in=Khyber Pakhtunkhwa
Location | Dera Ismail Khan | D.I. Khan; DI Khan; D I Khan | located_in=Khyber Pakhtunkhwa
Location | Torkham | Torkham border | located_in=Khyber Pakhtunkhwa
Location | Aiwan-e-Sadr | President House; President's House; Aiwan-i-Sadr | located_in=Islamabad
Location | Prime Minister's House | PM House; Prime Minister House; PM's House | located_in=Islamabad
Location | Parliament House | | located_in=Islamabad
Location | Jinnah Convention Centre | Jinnah Convention Center | located_in=Islamabad
Location | Indus River | River Indus; Indus | located_in=Pakistan
Location | Arabian Sea | | 

# === Afghanistan and Central Asia ===
Location | Kabul | | located_in=Afghanistan
Location | Kandahar | | located_in=Afghanistan
Location | Wakhan Corridor | Wakhan | located_in=Afghanistan
Location | Tashkent | | located_in=Uzbekistan
Location | Samarkand | | located_in=Uzbekistan
Location | Termez | | located_in=Uzbekistan
Location | Astana | Nur-Sultan | located_in=Kazakhstan
Location | Almaty | | located_in=Kazakhstan
Location | Dushanbe | | located_in=Tajikistan
Location | Bishkek | | located_in=Kyrgyzstan
Location | Ashgabat | | located_in=Turkmenistan
Location | Baku | | located_in=Azerbaijan

# === Other capitals and venues ===
Location | New Delhi | | located_in=India
Location | Tehran | | located_in=Iran
Location | Riyadh | | located_in=Saudi Arabia
Location | Abu Dhabi | | located_in=United Arab Emirates
Location | Dubai | | located_in=United Arab Emirates
Location | Doha | | located_in=Qatar
Location | Kuwait City | | located_in=Kuwait
Location | Muscat | | located_in=Oman
Location | Manama | | located_in=Bahrain
Location | Ankara | | located_in=Turkey
Location | Istanbul | | located_in=Turkey
Location | Baghdad | | located_in=Iraq
Location | Damascus | | located_in=Syria
Location | Cairo | | located_in=Egypt
Location | Sharm el-Sheikh | Sharm El Sheikh | located_in=Egypt
Location | Amman | | located_in=Jordan
Location | Dhaka | | located_in=Bangladesh
Location | Colombo | | located_in=Sri Lanka
Location | Kathmandu | | located_in=Nepal
Location | Thimphu | | located_in=Bhutan
Location | Tokyo | | located_in=Japan
Location | Seoul | | located_in=South Korea
Location | Pyongyang | | located_in=North Korea
Location | Ulaanbaatar | | located_in=Mongolia
Location | Naypyidaw | Nay Pyi Taw | located_in=Myanmar
Location | Bangkok | | located_in=Thailand
Location | Hanoi | | located_in=Vietnam
Location | Phnom Penh | | located_in=Cambodia
Location | Vientiane | | located_in=Laos
Location | Kuala Lumpur | | located_in=Malaysia
Location | Jakarta | | located_in=Indonesia
Location | Manila | | located_in=Philippines
Location | Canberra | | located_in=Australia
Location | Washington | Washington, D.C.; Washington DC; Washington D.C. | located_in=United States
Location | New York | New York City | located_in=United States
Location | London | | located_in=United Kingdom
Location | Moscow | | located_in=Russia
Location | Kazan | | located_in=Russia
Location | Sochi | | located_in=Russia
Location | Paris | | located_in=France
Location | Berlin | | located_in=Germany
Location | Rome | | located_in=Italy
Location | Bern | Berne | located_in=Switzerland
Location | Geneva | | located_in=Switzerland
Location | Davos | | located_in=Switzerland
Location | Minsk | | located_in=Belarus
Location | Kyiv | Kiev | located_in=Ukraine
Location | Ottawa | | located_in=Canada
Location | Caracas | | located_in=Venezuela
Location | Havana | | located_in=Cuba
Location | Brasilia | Brasília | located_in=Brazil
Location | Buenos Aires | | located_in=Argentina
Location | Pretoria | | located_in=South Africa
Location | Johannesburg | | located_in=South Africa
Location | Addis Ababa | | located_in=Ethiopia
Location | Abuja | | located_in=Nigeria
Location | Nairobi | | located_in=Kenya

# === Regions, seas and waterways ===
Location | South Asia | South Asian region
Location | Central Asia | Central Asian region; Central Asian states
Location | West Asia | Western Asia
Location | Middle East | Middle Eastern region
Location | Gulf region | Persian Gulf; Arabian Gulf; Gulf countries
Location | Asia-Pacific | Asia Pacific; Asia-Pacific region
Location | Indo-Pacific | Indo-Pacific region
Location | Eurasia | Eurasian region
Location | Asia
Location | Africa
Location | Europe
Location | Latin America
Location | Global South
Location | South China Sea
Location | East China Sea
Location | Indian Ocean | Indian Ocean region
Location | Strait of Hormuz | Hormuz Strait
Location | Strait of Malacca | Malacca Strait; Straits of Malacca
Location | Red Sea
Location | Gaza | Gaza Strip | located_in=Palestine
Location | West Bank | | located_in=Palestine
Location | Ladakh | 
Location | Galwan Valley | Galwan
Location | Aksai Chin
