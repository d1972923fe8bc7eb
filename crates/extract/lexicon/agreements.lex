# placeholder until the lexicon lands
