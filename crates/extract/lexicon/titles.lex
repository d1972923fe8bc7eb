# source: titles and ranks as written before personal names in Pakistani, Chinese and wire-service
# source: English-language reporting (Dawn, Express Tribune, APP, Xinhua, MFA/FO press releases).
# note: country= only where the title, in Pakistan-China news, belongs unambiguously to one side.
# note: multi-word titles are listed whole; the matcher prefers the longest match.
# note: titles of the form "X of the <Organization>" are deliberately NOT listed whole when the body is
# note: in organizations.lex ("Chairman of the Standing Committee of the National People's Congress",
# note: "Speaker of the National Assembly", "General Secretary of the CPC Central Committee"): the
# note: extractor reads "Chairman" + "of the" + body itself and records the seat (MEMBER_OF).
# note: likewise "<Organization> Chairman" forms ("NDRC Chairman", "Senate Chairman", "CPEC Authority Chairman")
# note: are not titles: the organisation is matched, then "Chairman"; only title-first forms where the body
# note: follows ("DG ISPR", "Chairman Senate", "Chairman Joint Chiefs of Staff Committee") are listed whole.
# note: canonical title names double as role strings in officials_*.lex, so keep the two in step.

# --- Heads of state / government ---
Title | President
Title | Vice President
Title | Prime Minister | PM
Title | Caretaker Prime Minister | Interim Prime Minister; Caretaker PM | country=Pakistan
Title | Acting Prime Minister
Title | Head of State
Title | Head of Government
Title | Premier | | country=China
Title | Vice Premier | | country=China
Title | First Vice Premier | Executive Vice Premier | country=China
Title | Deputy Prime Minister | DPM
Title | General Secretary | | country=China
Title | State Councilor | State Councillor | country=China
Title | Crown Prince
Title | Emir
Title | King
Title | Supreme Leader

# --- Foreign affairs ---
Title | Foreign Minister | FM; Minister of Foreign Affairs; Minister for Foreign Affairs
Title | Acting Foreign Minister
Title | External Affairs Minister | | country=India
Title | Secretary of State
Title | Vice Foreign Minister | Vice Minister of Foreign Affairs | country=China
Title | Executive Vice Foreign Minister | Executive Vice Minister of Foreign Affairs | country=China
Title | Assistant Foreign Minister | Assistant Minister of Foreign Affairs | country=China
Title | Minister of State for Foreign Affairs | | country=Pakistan
Title | Foreign Secretary | | country=Pakistan
Title | Additional Foreign Secretary | | country=Pakistan
Title | Adviser to the Prime Minister on Foreign Affairs | Adviser on Foreign Affairs; Advisor on Foreign Affairs | country=Pakistan
Title | Ambassador
Title | Ambassador-at-Large
Title | High Commissioner
Title | Envoy
Title | Special Envoy
Title | Special Envoy for Afghan Affairs | Special Envoy on Afghan Affairs | country=China
Title | Special Representative for Afghanistan | Special Representative on Afghanistan; Special Envoy on Afghanistan; Special Envoy for Afghanistan
Title | Permanent Representative
Title | Deputy Permanent Representative
Title | Consul General | Consul-General
Title | Charge d'Affaires | Chargé d'Affaires
Title | Deputy Chief of Mission | DCM
Title | Director
Title | Director General | Director-General; DG
Title | Director General of the Department of Asian Affairs | Director-General of the Department of Asian Affairs | country=China
Title | Spokesperson | Spokesman; Spokeswoman
Title | Foreign Ministry Spokesperson | Foreign Ministry Spokesman; MFA Spokesperson | country=China
Title | Secretary-General | Secretary General

# --- Pakistani ministers and officials ---
Title | Federal Minister | | country=Pakistan
Title | Minister
Title | Minister of State | | country=Pakistan
Title | Minister for Planning and Development | Minister for Planning, Development and Special Initiatives; Federal Minister for Planning, Development and Special Initiatives; Minister for Planning, Development and Reform; Federal Minister for Planning, Development and Reform; Federal Minister for Planning and Development; Minister for Planning; Planning Minister | country=Pakistan
Title | Finance Minister | Minister of Finance; Minister for Finance; Federal Minister for Finance
Title | Commerce Minister | Minister of Commerce; Minister for Commerce; Federal Minister for Commerce
Title | Interior Minister | Minister of Interior; Minister for Interior; Federal Minister for Interior
Title | Defence Minister | Defense Minister; Minister of Defence; Minister for Defence; Federal Minister for Defence
Title | Information Minister | Minister for Information and Broadcasting; Federal Minister for Information and Broadcasting
Title | Railways Minister | Minister for Railways; Railway Minister; Federal Minister for Railways
Title | Minister for Maritime Affairs | Maritime Affairs Minister; Federal Minister for Maritime Affairs | country=Pakistan
Title | Minister for Economic Affairs | Economic Affairs Minister; Federal Minister for Economic Affairs | country=Pakistan
Title | Special Assistant to the Prime Minister | SAPM | country=Pakistan
Title | Special Assistant to the Prime Minister on CPEC Affairs | SAPM on CPEC Affairs; SAPM on CPEC | country=Pakistan
Title | Adviser to the Prime Minister | Advisor to the Prime Minister | country=Pakistan
Title | National Security Adviser | National Security Advisor; NSA
Title | Speaker
Title | Deputy Speaker
Title | Senator | | country=Pakistan
Title | Member of the National Assembly | MNA | country=Pakistan
Title | Member
Title | Chief Minister | CM | country=Pakistan
Title | Caretaker Chief Minister | | country=Pakistan
Title | Governor
Title | Chief Justice | | country=Pakistan
Title | Chief Secretary | | country=Pakistan
Title | Federal Secretary | | country=Pakistan
Title | Chairman | Chairperson
Title | Vice Chairman | Vice-Chairman
Title | Deputy Chairman

# --- Pakistani military ---
Title | Chief of Army Staff | COAS; Army Chief | country=Pakistan
Title | Chief of Defence Forces | CDF; Chief of Defense Forces | country=Pakistan
Title | Chairman Joint Chiefs of Staff Committee | CJCSC | country=Pakistan
Title | Chairman Senate | | country=Pakistan
Title | Chief of the Air Staff | Chief of Air Staff; Air Chief | country=Pakistan
Title | Chief of the Naval Staff | Chief of Naval Staff; Naval Chief | country=Pakistan
Title | DG ISI | | country=Pakistan
Title | DG ISPR | | country=Pakistan
Title | Field Marshal | | country=Pakistan
Title | Air Chief Marshal | | country=Pakistan
Title | General | Gen
Title | Lieutenant General | Lt Gen; Lt. Gen; Lt-Gen; Lieutenant-General
Title | Major General | Maj Gen; Maj. Gen; Major-General
Title | Admiral
Title | Commander

# --- Chinese party and state ---
Title | Minister of National Defense | Minister of National Defence | country=China
Title | Minister of Public Security | | country=China
Title | Vice Minister | | country=China
Title | Party Secretary | Party Chief | country=China
Title | Mayor
