# source: general knowledge of Pakistan-China instruments and multilateral treaties
Agreement | Pakistan-China Free Trade Agreement (second phase) | CPFTA; CPFTA-II; second phase of the Pakistan-China Free Trade Agreement; second phase of CPFTA; Pakistan-China Free Trade Agreement; China-Pakistan Free Trade Agreement | kind=FTA
Agreement | Framework Agreement on Industrial Cooperation | | kind=framework agreement
Agreement | UN Charter | Charter of the United Nations; United Nations Charter | kind=charter
Agreement | United Nations Framework Convention on Climate Change | UNFCCC | kind=convention
Agreement | Paris Agreement | | kind=treaty
Agreement | Treaty of Friendship, Cooperation and Good-Neighbourly Relations | | kind=treaty
