# source: general knowledge of Chinese office holders 2013-2025 (as of late 2025):
# source: Wikipedia lists of CPC Politburo Standing Committee members (18th-20th Central Committees),
# source: State Council line-ups (Li Keqiang I-II, Li Qiang), vice presidents, foreign ministers,
# source: vice/assistant foreign ministers, MFA spokespersons, NDRC chairmen and vice chairmen who
# source: co-chaired CPEC JCC meetings (NDRC/Planning Ministry press releases), Chinese ambassadors to
# source: Pakistan, CIDCA heads, heads of the CPC International Department, Xinjiang leaders.
# note: Chinese names are written surname first, so the default surname (first word) is right;
# note: surname= is set only for Uyghur names. roles are most recent first, without dates.

# --- Party and state leadership ---
Official | Xi Jinping | | country=China; roles=General Secretary of the CPC Central Committee, President, Chairman of the Central Military Commission
Official | Li Qiang | | country=China; roles=Premier, Member of the Standing Committee of the Political Bureau of the CPC Central Committee
Official | Li Keqiang | | country=China; roles=Premier
Official | Zhao Leji | | country=China; roles=Chairman of the Standing Committee of the National People's Congress, Secretary of the Central Commission for Discipline Inspection
Official | Wang Huning | | country=China; roles=Chairman of the National Committee of the Chinese People's Political Consultative Conference
Official | Cai Qi | | country=China; roles=Director of the General Office of the CPC Central Committee, Member of the Standing Committee of the Political Bureau of the CPC Central Committee
Official | Ding Xuexiang | | country=China; roles=Vice Premier, Director of the General Office of the CPC Central Committee
Official | Li Xi | | country=China; roles=Secretary of the Central Commission for Discipline Inspection
Official | Han Zheng | | country=China; roles=Vice President, Vice Premier
Official | Wang Qishan | | country=China; roles=Vice President, Secretary of the Central Commission for Discipline Inspection
Official | Li Yuanchao | | country=China; roles=Vice President
Official | Zhang Dejiang | | country=China; roles=Chairman of the Standing Committee of the National People's Congress
Official | Li Zhanshu | | country=China; roles=Chairman of the Standing Committee of the National People's Congress
Official | Yu Zhengsheng | | country=China; roles=Chairman of the National Committee of the Chinese People's Political Consultative Conference
Official | Wang Yang | | country=China; roles=Chairman of the National Committee of the Chinese People's Political Consultative Conference, Vice Premier
Official | Zhang Gaoli | | country=China; roles=Vice Premier
Official | Liu Yandong | | country=China; roles=Vice Premier
Official | Ma Kai | | country=China; roles=Vice Premier
Official | Hu Chunhua | | country=China; roles=Vice Chairman of the National Committee of the Chinese People's Political Consultative Conference, Vice Premier
Official | Liu He | | country=China; roles=Vice Premier
Official | Sun Chunlan | | country=China; roles=Vice Premier
Official | He Lifeng | | country=China; roles=Vice Premier, Chairman of the National Development and Reform Commission
Official | Zhang Guoqing | | country=China; roles=Vice Premier
Official | Liu Guozhong | | country=China; roles=Vice Premier
Official | Chen Wenqing | | country=China; roles=Secretary of the Central Political and Legal Affairs Commission, Minister of State Security

# --- State councilors, defence, security ---
Official | Yang Jiechi | | country=China; roles=Director of the Office of the Central Foreign Affairs Commission, State Councilor
Official | Guo Shengkun | | country=China; roles=Secretary of the Central Political and Legal Affairs Commission, State Councilor, Minister of Public Security
Official | Zhao Kezhi | | country=China; roles=State Councilor, Minister of Public Security
Official | Wang Xiaohong | | country=China; roles=State Councilor, Minister of Public Security
Official | Wu Zhenglong | | country=China; roles=State Councilor, Secretary-General of the State Council
Official | Shen Yiqin | Chen Yiqin | country=China; roles=State Councilor
Official | Xiao Jie | | country=China; roles=State Councilor, Secretary-General of the State Council, Finance Minister
Official | Wang Yong | | country=China; roles=State Councilor
Official | Yang Jing | | country=China; roles=State Councilor, Secretary-General of the State Council
Official | Chang Wanquan | | country=China; roles=State Councilor, Defence Minister
Official | Wei Fenghe | | country=China; roles=State Councilor, Defence Minister
Official | Li Shangfu | | country=China; roles=State Councilor, Defence Minister
Official | Dong Jun | | country=China; roles=Defence Minister
Official | Zhang Youxia | | country=China; roles=Vice Chairman of the Central Military Commission
Official | Xu Qiliang | | country=China; roles=Vice Chairman of the Central Military Commission
Official | Fan Changlong | | country=China; roles=Vice Chairman of the Central Military Commission
Official | He Weidong | | country=China; roles=Vice Chairman of the Central Military Commission

# --- Foreign affairs ---
Official | Wang Yi | | country=China; roles=Member of the Political Bureau of the CPC Central Committee, Director of the Office of the Central Foreign Affairs Commission, Foreign Minister, State Councilor
Official | Qin Gang | | country=China; roles=Foreign Minister, State Councilor, Ambassador to the United States, Foreign Ministry Spokesperson
Official | Ma Zhaoxu | | country=China; roles=Executive Vice Foreign Minister, Vice Foreign Minister
Official | Le Yucheng | | country=China; roles=Executive Vice Foreign Minister
Official | Zhang Yesui | | country=China; roles=Executive Vice Foreign Minister
Official | Sun Weidong | | country=China; roles=Vice Foreign Minister, Ambassador to India, Ambassador
Official | Deng Li | | country=China; roles=Vice Foreign Minister
Official | Hua Chunying | | country=China; roles=Vice Foreign Minister, Assistant Foreign Minister, Foreign Ministry Spokesperson
Official | Kong Xuanyou | | country=China; roles=Ambassador to Japan, Vice Foreign Minister, Assistant Foreign Minister
Official | Luo Zhaohui | | country=China; roles=Chairman of the China International Development Cooperation Agency, Vice Foreign Minister, Ambassador to India, Ambassador
Official | Liu Zhenmin | | country=China; roles=Vice Foreign Minister
Official | Xie Feng | | country=China; roles=Ambassador to the United States, Vice Foreign Minister
Official | Wu Jianghao | | country=China; roles=Ambassador to Japan, Assistant Foreign Minister
Official | Liu Jinsong | | country=China; roles=Director General of the Department of Asian Affairs
Official | Yue Xiaoyong | | country=China; roles=Special Envoy for Afghan Affairs
Official | Liu Jian | | country=China; roles=Special Envoy for Afghan Affairs, Ambassador
Official | Deng Xijun | | country=China; roles=Special Envoy for Afghan Affairs
Official | Jiang Zaidong | | country=China; roles=Ambassador
Official | Nong Rong | | country=China; roles=Ambassador
Official | Yao Jing | | country=China; roles=Ambassador, Ambassador to Afghanistan
Official | Yang Yundong | | country=China; roles=Consul General
Official | Li Bijian | | country=China; roles=Consul General
Official | Zhang Jun | | country=China; roles=Permanent Representative to the United Nations
Official | Fu Cong | | country=China; roles=Permanent Representative to the United Nations
Official | Geng Shuang | | country=China; roles=Deputy Permanent Representative to the United Nations, Foreign Ministry Spokesperson
Official | Hong Lei | | country=China; roles=Foreign Ministry Spokesperson
Official | Lu Kang | | country=China; roles=Foreign Ministry Spokesperson
Official | Zhao Lijian | | country=China; roles=Foreign Ministry Spokesperson
Official | Wang Wenbin | | country=China; roles=Foreign Ministry Spokesperson
Official | Mao Ning | | country=China; roles=Foreign Ministry Spokesperson
Official | Lin Jian | | country=China; roles=Foreign Ministry Spokesperson
Official | Guo Jiakun | | country=China; roles=Foreign Ministry Spokesperson
Official | Song Tao | | country=China; roles=Head of the International Department of the CPC Central Committee
Official | Liu Jianchao | | country=China; roles=Head of the International Department of the CPC Central Committee
Official | Liu Haixing | | country=China; roles=Head of the International Department of the CPC Central Committee

# --- Development, commerce, finance ---
Official | Xu Shaoshi | | country=China; roles=Chairman of the National Development and Reform Commission
Official | Zheng Shanjie | | country=China; roles=Chairman of the National Development and Reform Commission
Official | Ning Jizhe | | country=China; roles=Vice Chairman of the National Development and Reform Commission
Official | Cong Liang | | country=China; roles=Vice Chairman of the National Development and Reform Commission
Official | Li Chunlin | | country=China; roles=Vice Chairman of the National Development and Reform Commission
Official | Wang Xiaotao | | country=China; roles=Chairman of the China International Development Cooperation Agency, Vice Chairman of the National Development and Reform Commission
Official | Chen Xiaodong | | country=China; roles=Chairman of the China International Development Cooperation Agency, Ambassador to South Africa, Assistant Foreign Minister
Official | Gao Hucheng | | country=China; roles=Commerce Minister
Official | Zhong Shan | | country=China; roles=Commerce Minister
Official | Wang Wentao | | country=China; roles=Commerce Minister
Official | Lan Fo'an | Lan Foan | country=China; roles=Finance Minister
Official | Pan Gongsheng | | country=China; roles=Governor of the People's Bank of China
Official | Yi Gang | | country=China; roles=Governor of the People's Bank of China

# --- Xinjiang ---
Official | Chen Quanguo | | country=China; roles=Xinjiang Party Secretary
Official | Ma Xingrui | | country=China; roles=Xinjiang Party Secretary
Official | Chen Xiaojiang | | country=China; roles=Xinjiang Party Secretary
Official | Erkin Tuniyaz | | country=China; surname=Tuniyaz; roles=Chairman of the Xinjiang Uygur Autonomous Region
Official | Shohrat Zakir | | country=China; surname=Zakir; roles=Chairman of the Xinjiang Uygur Autonomous Region
