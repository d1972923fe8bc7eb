# source: general knowledge of Pakistani office holders 2013-2025 (as of late 2025):
# source: Wikipedia lists of Presidents, Prime Ministers (incl. caretakers), Foreign Ministers,
# source: Foreign Secretaries, Chiefs of Army Staff, CJCSCs, Senate chairmen, NA speakers,
# source: Pakistani ambassadors to China, Foreign Office spokespersons, federal cabinets
# source: (Sharif III, Abbasi, Khan, Shehbaz I, Kakar caretaker, Shehbaz II); CPEC JCC/JWG press
# source: releases of the Planning Ministry and Foreign Office (co-chairs of JCC and JWG-ICC).
# note: roles = offices held, most recent first, without dates. Honorifics (Dr, Prof, Mian, Syed,
# note: Makhdoom, Sardar, Mir) appear only inside aliases that are real surface forms.
# note: surname= is set only where the word used alone after the full name is not the last word.

# --- Heads of state and government ---
Official | Asif Ali Zardari | Asif Zardari | country=Pakistan; roles=President
Official | Arif Alvi | Arif-ur-Rehman Alvi; Arif ur Rehman Alvi | country=Pakistan; roles=President
Official | Mamnoon Hussain | Mamnoon Hussein | country=Pakistan; roles=President
Official | Shehbaz Sharif | Shahbaz Sharif; Muhammad Shehbaz Sharif; Mohammad Shehbaz Sharif; Mian Muhammad Shehbaz Sharif; Muhammad Shahbaz Sharif; Shehbaz; Shahbaz | country=Pakistan; roles=Prime Minister, Punjab Chief Minister
Official | Nawaz Sharif | Muhammad Nawaz Sharif; Mohammad Nawaz Sharif; Mian Muhammad Nawaz Sharif; Mian Nawaz Sharif; Nawaz | country=Pakistan; roles=President of the Pakistan Muslim League (Nawaz), Prime Minister
Official | Shahid Khaqan Abbasi | | country=Pakistan; roles=Prime Minister, Minister for Petroleum and Natural Resources
Official | Imran Khan | Imran Ahmed Khan Niazi; Imran Khan Niazi; Imran | country=Pakistan; roles=Prime Minister
Official | Anwaar-ul-Haq Kakar | Anwaarul Haq Kakar; Anwaar ul Haq Kakar; Anwar-ul-Haq Kakar; Anwarul Haq Kakar; Anwar ul Haq Kakar | country=Pakistan; roles=Caretaker Prime Minister, Senator
Official | Nasirul Mulk | Nasir-ul-Mulk; Nasir ul Mulk | country=Pakistan; roles=Caretaker Prime Minister, Chief Justice of Pakistan
Official | Mir Hazar Khan Khoso | Hazar Khan Khoso | country=Pakistan; roles=Caretaker Prime Minister

# --- Foreign affairs ---
Official | Ishaq Dar | Mohammad Ishaq Dar; Muhammad Ishaq Dar; DPM/FM | country=Pakistan; roles=Deputy Prime Minister, Foreign Minister, Finance Minister
Official | Jalil Abbas Jilani | Jalil Jilani | country=Pakistan; roles=Caretaker Foreign Minister, Ambassador to the United States, Foreign Secretary
Official | Bilawal Bhutto Zardari | Bilawal Bhutto-Zardari; Bilawal Bhutto; Bilawal | country=Pakistan; surname=Bilawal; roles=Chairman of the Pakistan Peoples Party, Foreign Minister
Official | Hina Rabbani Khar | Hina Khar | country=Pakistan; roles=Minister of State for Foreign Affairs, Foreign Minister
Official | Shah Mahmood Qureshi | Shah Mehmood Qureshi; Makhdoom Shah Mahmood Qureshi | country=Pakistan; roles=Foreign Minister
Official | Khawaja Muhammad Asif | Khawaja Asif; Khawaja Mohammad Asif; Khwaja Asif; Khwaja Muhammad Asif | country=Pakistan; roles=Defence Minister, Foreign Minister, Minister for Water and Power
Official | Sartaj Aziz | | country=Pakistan; roles=Deputy Chairman of the Planning Commission, Adviser to the Prime Minister on Foreign Affairs
Official | Tariq Fatemi | Syed Tariq Fatemi | country=Pakistan; roles=Special Assistant to the Prime Minister on Foreign Affairs
Official | Amna Baloch | | country=Pakistan; roles=Foreign Secretary
Official | Muhammad Syrus Sajjad Qazi | Syrus Sajjad Qazi; Syrus Qazi; Mohammad Syrus Sajjad Qazi | country=Pakistan; roles=Foreign Secretary
Official | Asad Majeed Khan | | country=Pakistan; roles=Foreign Secretary, Ambassador to the United States
Official | Sohail Mahmood | | country=Pakistan; roles=Foreign Secretary, High Commissioner to India
Official | Tehmina Janjua | | country=Pakistan; roles=Foreign Secretary, Permanent Representative to the United Nations in Geneva
Official | Aizaz Ahmad Chaudhry | Aizaz Chaudhry; Aizaz Ahmed Chaudhry | country=Pakistan; roles=Ambassador to the United States, Foreign Secretary
Official | Khalil Hashmi | Khalil-ur-Rahman Hashmi; Khalil ur Rahman Hashmi | country=Pakistan; roles=Ambassador, Permanent Representative to the United Nations in Geneva
Official | Moin ul Haque | Moinul Haque; Moin-ul-Haque; Moin ul Haq | country=Pakistan; roles=Ambassador, Ambassador to France
Official | Naghmana Hashmi | Naghmana Alamgir Hashmi | country=Pakistan; roles=Ambassador
Official | Masood Khalid | | country=Pakistan; roles=Ambassador
Official | Munir Akram | | country=Pakistan; roles=Permanent Representative to the United Nations
Official | Maleeha Lodhi | | country=Pakistan; roles=Permanent Representative to the United Nations
Official | Asim Iftikhar Ahmad | Asim Iftikhar Ahmed; Asim Iftikhar | country=Pakistan; roles=Permanent Representative to the United Nations, Foreign Office Spokesperson
Official | Mohammad Sadiq | Muhammad Sadiq; Mohammad Sadiq Khan; Muhammad Sadiq Khan | country=Pakistan; roles=Special Representative for Afghanistan
Official | Tahir Hussain Andrabi | Tahir Andrabi | country=Pakistan; roles=Foreign Office Spokesperson
Official | Shafqat Ali Khan | | country=Pakistan; roles=Foreign Office Spokesperson
Official | Mumtaz Zahra Baloch | | country=Pakistan; roles=Foreign Office Spokesperson
Official | Zahid Hafeez Chaudhri | Zahid Hafeez Chaudhry | country=Pakistan; roles=Foreign Office Spokesperson
Official | Aisha Farooqui | Ayesha Farooqui | country=Pakistan; roles=Foreign Office Spokesperson
Official | Mohammad Faisal | Muhammad Faisal | country=Pakistan; roles=High Commissioner to the United Kingdom, Foreign Office Spokesperson
Official | Nafees Zakaria | | country=Pakistan; roles=Foreign Office Spokesperson
Official | Qazi Khalilullah | | country=Pakistan; roles=Foreign Office Spokesperson
Official | Tasnim Aslam | Tasneem Aslam | country=Pakistan; roles=Foreign Office Spokesperson

# --- Planning, CPEC, economy ---
Official | Ahsan Iqbal | Ahsan Iqbal Chaudhary; Ahsan Iqbal Chaudhry | country=Pakistan; roles=Minister for Planning and Development, Interior Minister
Official | Khusro Bakhtiar | Khusro Bakhtyar; Makhdum Khusro Bakhtyar; Makhdoom Khusro Bakhtiar; Makhdum Khusro Bakhtiar | country=Pakistan; roles=Minister for Industries and Production, Minister for Economic Affairs, Minister for Planning and Development
Official | Asad Umar | | country=Pakistan; roles=Minister for Planning and Development, Finance Minister
Official | Muhammad Sami Saeed | Sami Saeed; Mohammad Sami Saeed | country=Pakistan; roles=Caretaker Minister for Planning and Development
Official | Asim Saleem Bajwa | Asim Bajwa | country=Pakistan; roles=Chairman of the CPEC Authority, Special Assistant to the Prime Minister on Information and Broadcasting, Director General of Inter-Services Public Relations
Official | Khalid Mansoor | | country=Pakistan; roles=Special Assistant to the Prime Minister on CPEC Affairs
Official | Muhammad Aurangzeb | Mohammad Aurangzeb | country=Pakistan; roles=Finance Minister
Official | Miftah Ismail | | country=Pakistan; roles=Finance Minister, Chairman of the Board of Investment
Official | Shaukat Tarin | Shaukat Fayaz Ahmed Tarin | country=Pakistan; roles=Finance Minister
Official | Abdul Hafeez Shaikh | Hafeez Shaikh | country=Pakistan; roles=Adviser to the Prime Minister on Finance
Official | Shamshad Akhtar | | country=Pakistan; roles=Caretaker Finance Minister, Governor of the State Bank of Pakistan
Official | Ahad Khan Cheema | Ahad Cheema | country=Pakistan; roles=Minister for Economic Affairs
Official | Jam Kamal Khan | Jam Kamal; Jam Kamal Khan Alyani; Mir Jam Kamal Khan Alyani | country=Pakistan; roles=Commerce Minister, Balochistan Chief Minister
Official | Abdul Razak Dawood | Abdul Razzak Dawood; Razak Dawood | country=Pakistan; roles=Adviser to the Prime Minister on Commerce
Official | Khurram Dastgir Khan | Khurram Dastgir | country=Pakistan; surname=Dastgir; roles=Minister for Energy, Defence Minister, Commerce Minister
Official | Pervaiz Malik | Muhammad Pervaiz Malik | country=Pakistan; roles=Commerce Minister
Official | Naveed Qamar | Syed Naveed Qamar | country=Pakistan; roles=Commerce Minister
Official | Gohar Ejaz | | country=Pakistan; roles=Caretaker Commerce Minister
Official | Abdul Aleem Khan | Aleem Khan | country=Pakistan; roles=Minister for Communications
Official | Qaiser Ahmed Sheikh | Qaiser Sheikh; Qaiser Ahmad Sheikh | country=Pakistan; roles=Minister for Maritime Affairs
Official | Awais Leghari | Awais Ahmad Khan Leghari; Sardar Awais Leghari; Awais Ahmed Khan Leghari | country=Pakistan; roles=Minister for Energy
Official | Musadik Malik | Musadiq Malik | country=Pakistan; roles=Minister for Climate Change, Minister for Petroleum
Official | Ali Pervaiz Malik | | country=Pakistan; roles=Minister for Petroleum
Official | Hanif Abbasi | Muhammad Hanif Abbasi | country=Pakistan; roles=Railways Minister
Official | Khawaja Saad Rafique | Khwaja Saad Rafique; Saad Rafique | country=Pakistan; roles=Railways Minister, Aviation Minister
Official | Shaza Fatima Khawaja | Shaza Fatima | country=Pakistan; roles=Minister of State for Information Technology and Telecommunication
Official | Rana Tanveer Hussain | | country=Pakistan; roles=Minister for National Food Security and Research
Official | Fawad Chaudhry | Fawad Hussain Chaudhry; Fawad Ahmed Chaudhry | country=Pakistan; roles=Information Minister, Minister for Science and Technology

# --- Interior, information, law ---
Official | Mohsin Naqvi | Mohsin Raza Naqvi; Syed Mohsin Raza Naqvi | country=Pakistan; roles=Interior Minister, Caretaker Punjab Chief Minister
Official | Chaudhry Nisar Ali Khan | Nisar Ali Khan; Chaudhry Nisar | country=Pakistan; surname=Nisar; roles=Interior Minister
Official | Rana Sanaullah | Rana Sanaullah Khan | country=Pakistan; roles=Adviser to the Prime Minister on Political Affairs, Interior Minister
Official | Sheikh Rashid Ahmed | Sheikh Rasheed Ahmad; Sheikh Rashid Ahmad; Sheikh Rashid; Sheikh Rasheed | country=Pakistan; surname=Rashid; roles=Interior Minister, Railways Minister
Official | Attaullah Tarar | Atta Tarar; Atta Ullah Tarar | country=Pakistan; roles=Information Minister
Official | Azam Nazeer Tarar | Azam Nazir Tarar | country=Pakistan; roles=Law Minister

# --- Military and security ---
Official | Asim Munir | Syed Asim Munir; Asim Munir Ahmed Shah; Syed Asim Munir Ahmed Shah | country=Pakistan; roles=Chief of Defence Forces, Chief of Army Staff, Director General of Inter-Services Intelligence
Official | Qamar Javed Bajwa | | country=Pakistan; roles=Chief of Army Staff
Official | Raheel Sharif | | country=Pakistan; roles=Chief of Army Staff
Official | Ashfaq Parvez Kayani | Ashfaq Pervez Kayani; Ashfaq Kayani | country=Pakistan; roles=Chief of Army Staff
Official | Sahir Shamshad Mirza | | country=Pakistan; roles=Chairman of the Joint Chiefs of Staff Committee
Official | Nadeem Raza | | country=Pakistan; roles=Chairman of the Joint Chiefs of Staff Committee
Official | Zubair Mahmood Hayat | Zubair Hayat | country=Pakistan; roles=Chairman of the Joint Chiefs of Staff Committee
Official | Rashad Mahmood | | country=Pakistan; roles=Chairman of the Joint Chiefs of Staff Committee
Official | Zaheer Ahmed Babar Sidhu | Zaheer Ahmad Babar Sidhu; Zaheer Ahmed Babar; Zaheer Ahmad Babar; Zaheer Babar Sidhu | country=Pakistan; roles=Chief of the Air Staff
Official | Mujahid Anwar Khan | | country=Pakistan; roles=Chief of the Air Staff
Official | Sohail Aman | | country=Pakistan; roles=Chief of the Air Staff
Official | Naveed Ashraf | | country=Pakistan; roles=Chief of the Naval Staff
Official | Amjad Khan Niazi | | country=Pakistan; roles=Chief of the Naval Staff
Official | Zafar Mahmood Abbasi | | country=Pakistan; roles=Chief of the Naval Staff
Official | Muhammad Asim Malik | Asim Malik; Mohammad Asim Malik | country=Pakistan; roles=National Security Adviser, Director General of Inter-Services Intelligence
Official | Nadeem Anjum | Nadeem Ahmed Anjum | country=Pakistan; roles=Director General of Inter-Services Intelligence
Official | Faiz Hameed | Faiz Hamid | country=Pakistan; roles=Director General of Inter-Services Intelligence
Official | Moeed Yusuf | Moeed W. Yusuf | country=Pakistan; roles=National Security Adviser
Official | Ahmed Sharif Chaudhry | Ahmed Sharif Chaudhary; Ahmad Sharif Chaudhry | country=Pakistan; roles=Director General of Inter-Services Public Relations
Official | Babar Iftikhar | | country=Pakistan; roles=Director General of Inter-Services Public Relations
Official | Asif Ghafoor | | country=Pakistan; roles=Director General of Inter-Services Public Relations

# --- Parliament ---
Official | Yousaf Raza Gilani | Yousuf Raza Gilani; Syed Yousaf Raza Gilani; Syed Yousuf Raza Gilani | country=Pakistan; roles=Chairman of the Senate, Prime Minister
Official | Sadiq Sanjrani | Muhammad Sadiq Sanjrani | country=Pakistan; roles=Chairman of the Senate
Official | Raza Rabbani | Mian Raza Rabbani | country=Pakistan; roles=Chairman of the Senate
Official | Ayaz Sadiq | Sardar Ayaz Sadiq | country=Pakistan; roles=Speaker of the National Assembly
Official | Asad Qaiser | | country=Pakistan; roles=Speaker of the National Assembly
Official | Raja Pervaiz Ashraf | Raja Pervez Ashraf | country=Pakistan; roles=Speaker of the National Assembly, Prime Minister
Official | Mushahid Hussain Sayed | Mushahid Hussain Syed; Mushahid Hussain | country=Pakistan; surname=Mushahid; roles=Chairman of the Senate Defence Committee, Chairman of the Pakistan-China Institute

# --- Provinces ---
Official | Maryam Nawaz | Maryam Nawaz Sharif | country=Pakistan; surname=Maryam; roles=Punjab Chief Minister
Official | Murad Ali Shah | Syed Murad Ali Shah | country=Pakistan; roles=Sindh Chief Minister
Official | Sarfraz Bugti | Mir Sarfraz Bugti; Sarfaraz Bugti | country=Pakistan; roles=Balochistan Chief Minister, Caretaker Interior Minister
Official | Ali Amin Gandapur | Ali Amin Khan Gandapur | country=Pakistan; roles=Khyber Pakhtunkhwa Chief Minister
Official | Sohail Afridi | Muhammad Sohail Afridi | country=Pakistan; roles=Khyber Pakhtunkhwa Chief Minister
Official | Pervez Khattak | Pervaiz Khattak | country=Pakistan; roles=Defence Minister, Khyber Pakhtunkhwa Chief Minister
Official | Mahmood Khan | | country=Pakistan; roles=Khyber Pakhtunkhwa Chief Minister
Official | Usman Buzdar | Sardar Usman Buzdar; Usman Ahmad Khan Buzdar | country=Pakistan; roles=Punjab Chief Minister
Official | Abdul Quddus Bizenjo | Mir Abdul Quddus Bizenjo | country=Pakistan; roles=Balochistan Chief Minister
Official | Sanaullah Zehri | Nawab Sanaullah Zehri; Sanaullah Khan Zehri | country=Pakistan; roles=Balochistan Chief Minister
Official | Abdul Malik Baloch | | country=Pakistan; roles=Balochistan Chief Minister
Official | Hafeez-ur-Rehman | Hafeez ur Rehman; Hafiz Hafeez-ur-Rahman; Hafeez-ur-Rahman | country=Pakistan; roles=Gilgit-Baltistan Chief Minister
Official | Kamran Khan Tessori | Kamran Tessori | country=Pakistan; roles=Governor of Sindh
