# source: CPEC Authority / Ministry of Planning project lists (energy, transport infrastructure, Gwadar,
# source: SEZ and social-sector portfolios, as published 2015-2024); general knowledge of Chinese-built
# source: or Chinese-financed works in Pakistan outside CPEC (Dasu, Mohmand, Diamer-Bhasha, Neelum-Jhelum,
# source: Chashma and Karachi nuclear units) and of Sino-Pakistani space cooperation (PRSS-1, PakSat-MM1,
# source: iCube Qamar on Chang'e-6, China Space Station). Builders are noted in comments, not attributes.
# note: part_of=China-Pakistan Economic Corridor only where the project is in the CPEC portfolio.
# note: Khunjerab Pass (the place) is in locations.lex; Khunjerab border port (the port of entry) is here.
# note: individual SEZs are PART_OF CPEC, not of the "Special Economic Zones" programme node, because
# note: PART_OF runs Project -> Initiative only.

# === Gwadar ===
Project | Gwadar Port | Gwadar Deep Sea Port; Gwadar deep-sea port; Port of Gwadar; Gwadar seaport | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | New Gwadar International Airport | NGIA; Gwadar airport; Gwadar International Airport; New Gwadar Airport; new Gwadar international airport project | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Gwadar Free Zone | Gwadar Free Trade Zone; Gwadar Port Free Zone; Gwadar Free Zone North; Gwadar Free Zone Phase II | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Gwadar East Bay Expressway | East Bay Expressway; Eastbay Expressway; Gwadar Eastbay Expressway | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Pak-China Friendship Hospital Gwadar | Pak-China Friendship Hospital; China-Pakistan Friendship Hospital; Pakistan-China Friendship Hospital | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Gwadar desalination plant | 1.2 MGD desalination plant; Gwadar water desalination plant | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Pak-China Technical and Vocational Institute Gwadar | Pak-China Technical and Vocational Institute; Pakistan-China Technical and Vocational Institute | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Gwadar coal power plant | 300MW Gwadar coal power plant; Gwadar 300MW coal-fired power plant; 300MW Gwadar power plant; Gwadar power plant | part_of=China-Pakistan Economic Corridor; located_in=Gwadar
Project | Gwadar-Turbat-Hoshab road | M-8 Gwadar-Turbat-Hoshab; Gwadar-Turbat-Hoshab section of M-8; Hoshab-Gwadar road | part_of=China-Pakistan Economic Corridor; located_in=Balochistan

# === Rail, road, urban transport ===
Project | ML-1 railway | ML-1; Main Line-1; Main Line-1 railway; ML-I; Main Line 1; Main Line-I; ML1; ML-1 railway line; ML-1 project; Main Line-1 cross-country railway track; Karachi-Peshawar railway line; Karachi-Peshawar Main Line-1 | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Karakoram Highway | KKH; Karakorum Highway | located_in=Pakistan
Project | Karakoram Highway realignment (Raikot-Thakot) | Raikot-Thakot; Thakot-Raikot; Karakoram Highway (Raikot-Thakot); Karakoram Highway (Thakot-Raikot); realignment of the Karakoram Highway; realignment of the Karakoram Highway (Raikot-Thakot); KKH realignment; KKH Thakot-Raikot; Thakot-Raikot section; Raikot-Thakot section; KKH Thakot-Raikot realignment | part_of=China-Pakistan Economic Corridor; located_in=Khyber Pakhtunkhwa
Project | Karakoram Highway Phase II (Havelian-Thakot) | KKH Phase II; KKH Phase-II; Karakoram Highway Phase II; Karakoram Highway Phase-II; Havelian-Thakot; Havelian-Thakot section; Havelian-Thakot motorway; KKH Havelian-Thakot | part_of=China-Pakistan Economic Corridor; located_in=Khyber Pakhtunkhwa
Project | Peshawar-Karachi Motorway (Multan-Sukkur section) | Multan-Sukkur Motorway; Sukkur-Multan Motorway; Multan-Sukkur section; M-5 motorway; M-5; PKM; Peshawar-Karachi Motorway | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Sukkur-Hyderabad Motorway | M-6; M-6 motorway; Hyderabad-Sukkur Motorway | located_in=Sindh
Project | Hakla-D.I. Khan Motorway | Hakla-Dera Ismail Khan Motorway; Hakla-DI Khan Motorway; Hakla-D I Khan Motorway; Hakla-DI Khan section | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | D.I. Khan-Zhob road | Dera Ismail Khan-Zhob road; DI Khan-Zhob road; D.I. Khan-Zhob; N-50 D.I. Khan-Zhob; Zhob-D.I. Khan road | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Zhob-Kuchlak road | Zhob-Kuchlak; Kuchlak-Zhob road; N-50 Zhob-Kuchlak | part_of=China-Pakistan Economic Corridor; located_in=Balochistan
Project | Khuzdar-Basima road | Khuzdar-Basima; N-30 Khuzdar-Basima; Basima-Khuzdar road | part_of=China-Pakistan Economic Corridor; located_in=Balochistan
Project | CPEC western route | CPEC western alignment; western route of CPEC; western alignment of CPEC | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Karachi Circular Railway | KCR; Karachi Circular Railway project | part_of=China-Pakistan Economic Corridor; located_in=Karachi
Project | Lahore Orange Line Metro Train | Orange Line; Orange Line Metro; Orange Line Metro Train; Lahore Orange Line; Orange Line Metro Rail; Lahore Orange Line Metro | part_of=China-Pakistan Economic Corridor; located_in=Lahore
Project | Pak-China Friendship Tunnels | Attabad tunnels; Pakistan-China Friendship Tunnels; China-Pakistan Friendship Tunnels; Attabad Lake tunnels | located_in=Gilgit-Baltistan
Project | Khunjerab border port | Khunjerab Port; Khunjerab port of entry; Khunjerab land port | located_in=Khunjerab Pass
Project | Sost Dry Port | Sost port | located_in=Gilgit-Baltistan

# === Special economic zones and industrial parks ===
Project | Special Economic Zones | SEZs; SEZ; CPEC SEZs; CPEC Special Economic Zones; special economic zones under CPEC; Special Economic Zones (SEZs) | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Rashakai Special Economic Zone | Rashakai SEZ; Rashakai Economic Zone; Rashakai | part_of=China-Pakistan Economic Corridor; located_in=Khyber Pakhtunkhwa
Project | Dhabeji Special Economic Zone | Dhabeji SEZ; Dhabeji Economic Zone; Dhabeji | part_of=China-Pakistan Economic Corridor; located_in=Sindh
Project | Allama Iqbal Industrial City | AIIC; Allama Iqbal Industrial City SEZ; Allama Iqbal Industrial City Special Economic Zone | part_of=China-Pakistan Economic Corridor; located_in=Faisalabad
Project | Bostan Special Economic Zone | Bostan SEZ; Bostan Industrial Zone; Bostan Economic Zone | part_of=China-Pakistan Economic Corridor; located_in=Balochistan
Project | Moqpondass Special Economic Zone | Moqpondass SEZ; Moqpondass | part_of=China-Pakistan Economic Corridor; located_in=Gilgit-Baltistan
Project | Mohmand Marble City | Mohmand Marble City SEZ | part_of=China-Pakistan Economic Corridor; located_in=Khyber Pakhtunkhwa
Project | ICT Model Industrial Zone | Islamabad Model Industrial Zone | part_of=China-Pakistan Economic Corridor; located_in=Islamabad

# === Energy: coal ===
Project | Sahiwal Coal Power Plant | Sahiwal coal-fired power plant; Sahiwal Coal Power Project; Sahiwal power plant; 1320MW Sahiwal coal power plant; Huaneng Shandong Ruyi Sahiwal | part_of=China-Pakistan Economic Corridor; located_in=Punjab
Project | Port Qasim Coal Power Plant | Port Qasim coal-fired power plant; Port Qasim Coal Power Project; Port Qasim power plant; 1320MW Port Qasim coal power plant; Port Qasim Electric Power Company | part_of=China-Pakistan Economic Corridor; located_in=Karachi
Project | Hub Coal Power Plant | China Power Hub Generation Company; CPHGC; Hub coal-fired power plant; Hub Coal Power Project; Hub power plant; 1320MW Hub coal power plant | part_of=China-Pakistan Economic Corridor; located_in=Balochistan
Project | Thar Block I coal power project | Thar Block I; Thar Block-I; Thar Coal Block-I; Thar Coal Block I; Shanghai Electric Thar power plant; Thar Block I Integrated Coal Mine and Power Plant; Sino Sindh Resources | part_of=China-Pakistan Economic Corridor; located_in=Thar
Project | Thar Block II coal mine | Thar Block II; Thar Block-II; Thar Coal Block-II; Thar Coal Block II; Thar Block II mine | part_of=China-Pakistan Economic Corridor; located_in=Thar
Project | Engro Powergen Thar power plant | Engro Thar; Engro Powergen Thar; EPTL; Engro Thar power plant; 660MW Engro Thar | part_of=China-Pakistan Economic Corridor; located_in=Thar
Project | ThalNova Thar power plant | ThalNova; ThalNova Power Thar | part_of=China-Pakistan Economic Corridor; located_in=Thar
Project | Thar Energy power plant | Thar Energy Limited; TEL Thar | part_of=China-Pakistan Economic Corridor; located_in=Thar

# === Energy: hydro, wind, solar, transmission ===
Project | Karot Hydropower Project | Karot; Karot Hydropower Plant; Karot Hydro Power Project; Karot hydroelectric project; 720MW Karot | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Suki Kinari Hydropower Project | Suki Kinari; Suki Kinari Hydropower Plant; Suki Kinari Hydro Power Project; Suki Kinari hydroelectric project | part_of=China-Pakistan Economic Corridor; located_in=Khyber Pakhtunkhwa
Project | Kohala Hydropower Project | Kohala; Kohala Hydro Power Project; Kohala hydroelectric project | part_of=China-Pakistan Economic Corridor; located_in=Azad Jammu and Kashmir
Project | Azad Pattan Hydropower Project | Azad Pattan; Azad Pattan Hydro Power Project; Azad Pattan hydroelectric project | part_of=China-Pakistan Economic Corridor; located_in=Azad Jammu and Kashmir
Project | Mahl Hydropower Project | Mahl; Mahl Hydro Power Project | part_of=China-Pakistan Economic Corridor; located_in=Azad Jammu and Kashmir
Project | Neelum-Jhelum Hydropower Project | Neelum-Jhelum; Neelum Jhelum Hydropower Plant; Neelum-Jhelum Hydroelectric Plant | located_in=Azad Jammu and Kashmir
# Dasu: WAPDA project, World Bank-financed, main civil works by China Gezhouba Group (not CPEC).
Project | Dasu Hydropower Project | Dasu Dam; Dasu; Dasu Hydropower Plant; Dasu hydroelectric project | located_in=Khyber Pakhtunkhwa
# Mohmand: WAPDA project, civil works by the CGGC-Descon joint venture (not CPEC).
Project | Mohmand Dam | Mohmand Dam Hydropower Project; Mohmand Dam project | located_in=Khyber Pakhtunkhwa
# Diamer-Bhasha: WAPDA project, dam main works by the PowerChina-FWO joint venture (not CPEC).
Project | Diamer-Bhasha Dam | Diamer Bhasha Dam; Bhasha Dam; Diamer-Bhasha Dam project | located_in=Gilgit-Baltistan
Project | Quaid-e-Azam Solar Park | QASP; Quaid-e-Azam Solar Power Park; Quaid-i-Azam Solar Park; Bahawalpur solar park | part_of=China-Pakistan Economic Corridor; located_in=Punjab
Project | Jhimpir wind power projects | Jhimpir wind farms; Jhimpir wind corridor; Jhimpir wind projects | part_of=China-Pakistan Economic Corridor; located_in=Sindh
Project | Dawood Wind Power Project | Dawood wind farm; 50MW Dawood wind | part_of=China-Pakistan Economic Corridor; located_in=Sindh
Project | Matiari-Lahore HVDC transmission line | Matiari-Lahore transmission line; Matiari-Lahore HVDC; Matiari-Lahore HVDC transmission project; Matiari-Lahore transmission project; 660kV Matiari-Lahore HVDC | part_of=China-Pakistan Economic Corridor; located_in=Pakistan

# === Nuclear (China-Pakistan civil nuclear cooperation, outside CPEC) ===
Project | Chashma Nuclear Power Plant Unit 5 | C-5; Chashma-5; Chashma Unit 5; Chashma Nuclear Power Project Unit 5; C-5 nuclear power plant; Chashma-V; Chashma Unit-5 | located_in=Punjab
Project | Chashma Nuclear Power Plant Units 3 and 4 | C-3 and C-4; Chashma-3 and Chashma-4; C-3/C-4; Chashma Units 3 and 4 | located_in=Punjab
Project | Karachi Nuclear Power Plant Units 2 and 3 | K-2/K-3; K-2 and K-3; KANUPP-2 and KANUPP-3; KANUPP-2; KANUPP-3; K-2/K-3 nuclear power plants; Karachi Nuclear Power Plant Unit 2; Karachi Nuclear Power Plant Unit 3 | located_in=Karachi

# === Digital and social sector ===
Project | Pakistan-China cross-border optical fibre cable | cross-border optical fibre cable; cross-border optical fiber cable; Pakistan-China optical fibre cable; Pakistan-China Optical Fiber Cable Project; Pak-China optical fibre cable; Khunjerab-Rawalpindi optical fibre cable; cross-border optical fibre project | part_of=China-Pakistan Economic Corridor; located_in=Pakistan
Project | Islamabad Safe City | Safe City Islamabad; Islamabad Safe City project | located_in=Islamabad
Project | Pak-China Friendship Centre | Pakistan-China Friendship Centre; China-Pakistan Friendship Centre; Pak-China Friendship Center | located_in=Islamabad
Project | China-Pakistan Joint Research Center on Earth Sciences | China-Pakistan Joint Research Centre on Earth Sciences; Joint Research Center on Earth Sciences | located_in=Islamabad
Project | Gandhara Art Exhibition | Gandhara exhibition; Gandhara art exhibition in Beijing | located_in=Palace Museum
Project | Pakistan's country pavilions on China's e-commerce platforms | country pavilions; Pakistan's country pavilion; Pakistan national pavilion on Chinese e-commerce platforms

# === Mining ===
Project | Saindak Copper-Gold Project | Saindak; Saindak project; Saindak copper and gold project | located_in=Balochistan
Project | Duddar Lead-Zinc Mine | Duddar; Duddar mine; Duddar lead and zinc project | located_in=Balochistan
Project | Reko Diq | Reko Diq project; Reko Diq mine; Reko Diq copper-gold project | located_in=Balochistan

# === Space ===
Project | China Space Station | Tiangong; Tiangong space station; Chinese space station
Project | Chang'e-6 | Chang'e 6; Chang'e-6 mission; Chang'e-6 lunar mission; Chang'e-6 probe
Project | Chang'e-8 | Chang'e 8; Chang'e-8 mission; Chang'e-8 lunar mission
Project | iCube Qamar | ICUBE-Q; iCube-Q; iCube-Qamar; ICUBE-QAMAR; Pakistan's first lunar mission; Pakistan's first lunar satellite
Project | PRSS-1 | Pakistan Remote Sensing Satellite-1; PRSS1; Pakistan Remote Sensing Satellite
Project | PakSat-1R | PakSat 1R
Project | PakSat-MM1 | PakSat MM1; Pakistan Multi-Mission Communication Satellite; MM1 satellite
Project | PRSC-EO1 | PRSC EO1; PRSC-EO-1
