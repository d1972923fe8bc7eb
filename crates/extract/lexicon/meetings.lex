# source: recurring summits and forums at which Pakistani and Chinese leaders meet, as named by
# source: their hosts (Belt and Road Forum: MFA China; SCO summits: SCO Secretariat; CIIE: MOFCOM).
# note: a recurring event is one Meeting node per name; a numbered edition ("the 22nd meeting of the
# note: SCO Council of Heads of State") is found by the ordinal patterns, not listed here.
Meeting | Belt and Road Forum for International Cooperation | Belt and Road Forum; BRF
Meeting | China International Import Expo | CIIE
Meeting | Boao Forum for Asia Annual Conference | Boao Forum annual conference
