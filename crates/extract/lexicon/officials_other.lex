# source: general knowledge of office holders of third countries and international bodies who
# source: appear in Pakistan-China news 2013-2025 (China-Afghanistan-Pakistan trilateral dialogues,
# source: SCO/UN meetings, Afghanistan neighbours' meetings); Wikipedia cabinet and office lists.
# note: EXTRA file, not in the original brief: the extractor only loads it if the Rust side adds it
# note: to the include_str! list (or it is passed with --lexicon).

# --- Afghanistan (Interim Afghan Government and earlier governments) ---
Official | Amir Khan Muttaqi | Mawlawi Amir Khan Muttaqi | country=Afghanistan; roles=Acting Foreign Minister
Official | Mohammad Hasan Akhund | Muhammad Hassan Akhund; Hasan Akhund | country=Afghanistan; roles=Acting Prime Minister
Official | Abdul Ghani Baradar | Mullah Baradar; Mullah Abdul Ghani Baradar | country=Afghanistan; roles=Acting Deputy Prime Minister for Economic Affairs
Official | Sirajuddin Haqqani | | country=Afghanistan; roles=Acting Interior Minister
Official | Hibatullah Akhundzada | Haibatullah Akhundzada | country=Afghanistan; roles=Supreme Leader
Official | Ashraf Ghani | Mohammad Ashraf Ghani | country=Afghanistan; roles=President
Official | Hamid Karzai | | country=Afghanistan; roles=President
Official | Abdullah Abdullah | | country=Afghanistan; roles=Chairman of the High Council for National Reconciliation, Chief Executive
Official | Salahuddin Rabbani | | country=Afghanistan; roles=Foreign Minister
Official | Mohammad Haneef Atmar | Haneef Atmar; Mohammad Hanif Atmar | country=Afghanistan; roles=Foreign Minister

# --- Other states ---
Official | Vladimir Putin | | country=Russia; roles=President
Official | Sergey Lavrov | Sergei Lavrov | country=Russia; roles=Foreign Minister
Official | Donald Trump | Donald J. Trump | country=United States; roles=President
Official | Joe Biden | Joseph R. Biden; Joseph Biden | country=United States; roles=President
Official | Marco Rubio | | country=United States; roles=Secretary of State
Official | Antony Blinken | | country=United States; roles=Secretary of State
Official | Narendra Modi | | country=India; roles=Prime Minister
Official | Subrahmanyam Jaishankar | S. Jaishankar; S Jaishankar | country=India; roles=External Affairs Minister
Official | Shavkat Mirziyoyev | | country=Uzbekistan; roles=President
Official | Bakhtiyor Saidov | | country=Uzbekistan; roles=Foreign Minister
Official | Masoud Pezeshkian | | country=Iran; roles=President
Official | Abbas Araghchi | | country=Iran; roles=Foreign Minister
Official | Mohammed bin Salman | Mohammad bin Salman; MBS | country=Saudi Arabia; roles=Crown Prince, Prime Minister
Official | Recep Tayyip Erdogan | Recep Tayyip Erdoğan | country=Turkey; roles=President
Official | Kassym-Jomart Tokayev | | country=Kazakhstan; roles=President
Official | Emomali Rahmon | | country=Tajikistan; roles=President

# --- International organisations ---
Official | Antonio Guterres | António Guterres | roles=Secretary-General of the United Nations
Official | Kristalina Georgieva | | roles=Managing Director of the International Monetary Fund
