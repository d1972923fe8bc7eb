# source: placeholder until the full vocabulary lands
Sector | agriculture | agricultural
Sector | mining | mining industry
