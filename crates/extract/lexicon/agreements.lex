# source: general knowledge of Pakistan-China bilateral instruments (CPFTA 2006 and its Phase-II
# source: protocol signed 2019, Treaty of Friendship 2005, 1963 boundary agreement, Framework Agreement
# source: on Industrial Cooperation signed by BOI and NDRC, ML-1 framework agreement, currency swap,
# source: cultural cooperation agreement and its executive programmes), and of the multilateral
# source: instruments both sides cite (UN Charter, UNFCCC, Paris Agreement, NPT, UNCLOS, SCO Charter).
# note: joint statements/communiques are named after their meeting and are left to the extractor.
# note: kind= is the instrument type.

# === Bilateral ===
Agreement | Pakistan-China Free Trade Agreement (second phase) | CPFTA; CPFTA-II; CPFTA Phase-II; CPFTA Phase II; China-Pakistan Free Trade Agreement; Pakistan-China Free Trade Agreement; China Pakistan Free Trade Agreement; second phase of the Pakistan-China Free Trade Agreement; second phase of the China-Pakistan Free Trade Agreement; second phase of CPFTA; Phase-II of CPFTA; Phase II of the China-Pakistan FTA; China-Pakistan FTA; Pakistan-China FTA; Protocol to Amend the Free Trade Agreement; China-Pakistan Free Trade Agreement Phase II | kind=FTA
Agreement | Framework Agreement on Industrial Cooperation | Framework Agreement on Industrial Cooperation under CPEC; Framework Agreement for Industrial Cooperation; industrial cooperation framework agreement | kind=framework agreement
Agreement | Framework Agreement on ML-1 | Framework Agreement on the ML-1 railway; ML-1 framework agreement; Framework Agreement on Upgradation of ML-1; Framework Agreement for ML-1 | kind=framework agreement
Agreement | CPEC Framework Agreement | MoU on CPEC; Memorandum of Understanding on CPEC; CPEC MoU | kind=MoU
Agreement | Treaty of Friendship, Cooperation and Good-Neighbourly Relations | Treaty of Friendship, Cooperation and Good-Neighborly Relations; Treaty of Friendship, Cooperation and Good Neighbourly Relations; Treaty of Good-Neighbourly Relations; China-Pakistan Treaty of Friendship | kind=treaty
Agreement | China-Pakistan Boundary Agreement | Sino-Pakistan Boundary Agreement; Pakistan-China Boundary Agreement; 1963 Boundary Agreement; Sino-Pakistan Agreement | kind=treaty
Agreement | Cultural Cooperation Agreement | cultural cooperation agreement between the two governments; China-Pakistan Cultural Cooperation Agreement; Pakistan-China Cultural Cooperation Agreement | kind=agreement
Agreement | Executive Programme of the Cultural Cooperation Agreement | Executive Program of the Cultural Cooperation Agreement; executive programme; executive program; executive programs; executive programmes | kind=executive programme
Agreement | Pakistan-China bilateral currency swap agreement | currency swap agreement; bilateral currency swap agreement; currency swap arrangement; China-Pakistan currency swap agreement; bilateral currency swap arrangement; currency swap line | kind=currency swap
Agreement | Agreement on Economic and Technical Cooperation | Economic and Technical Cooperation Agreement; agreement on economic and technical cooperation between China and Pakistan | kind=agreement
Agreement | Gwadar Port Concession Agreement | Gwadar concession agreement; concession agreement for Gwadar Port | kind=concession
Agreement | China-Pakistan Double Taxation Avoidance Agreement | Double Taxation Avoidance Agreement; DTAA; agreement for the avoidance of double taxation | kind=tax treaty
Agreement | MoU on e-commerce | MoU on e-commerce cooperation; Memorandum of Understanding on E-commerce Cooperation; memorandum of understanding on e-commerce | kind=MoU

# === Multilateral ===
Agreement | UN Charter | Charter of the United Nations; United Nations Charter; U.N. Charter | kind=charter
Agreement | United Nations Framework Convention on Climate Change | UNFCCC; UN Framework Convention on Climate Change | kind=convention
Agreement | Paris Agreement | Paris Agreement on climate change; Paris climate agreement; Paris Accord | kind=treaty
Agreement | Kunming-Montreal Global Biodiversity Framework | Global Biodiversity Framework; Kunming-Montreal GBF | kind=framework
Agreement | Treaty on the Non-Proliferation of Nuclear Weapons | NPT; Non-Proliferation Treaty; Nuclear Non-Proliferation Treaty | kind=treaty
Agreement | Comprehensive Nuclear-Test-Ban Treaty | CTBT | kind=treaty
Agreement | United Nations Convention on the Law of the Sea | UNCLOS; UN Convention on the Law of the Sea | kind=convention
Agreement | Charter of the Shanghai Cooperation Organization | SCO Charter; Charter of the SCO | kind=charter
Agreement | Shanghai Convention on Combating Terrorism, Separatism and Extremism | Shanghai Convention | kind=convention
Agreement | Tianjin Declaration | Tianjin Declaration of the SCO Council of Heads of State; SCO Tianjin Declaration | kind=declaration
Agreement | Indus Waters Treaty | Indus Water Treaty; IWT | kind=treaty
Agreement | Simla Agreement | Shimla Agreement | kind=agreement
Agreement | Doha Agreement | Agreement for Bringing Peace to Afghanistan; US-Taliban agreement | kind=agreement
