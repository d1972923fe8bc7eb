# source: general geographic knowledge
Location | Beijing | | located_in=China
Location | Islamabad | | located_in=Pakistan
Location | Kabul | | located_in=Afghanistan
Location | Shanghai | | located_in=China
Location | Shenzhen | | located_in=China
Location | Urumqi | | located_in=China
Location | Kashgar | | located_in=China
Location | Chengdu | | located_in=China
Location | Karachi | | located_in=Pakistan
Location | Lahore | | located_in=Pakistan
Location | Gwadar | | located_in=Pakistan
Location | Peshawar | | located_in=Pakistan
Location | Quetta | | located_in=Pakistan
Location | Rawalpindi | | located_in=Pakistan
Location | Gilgit | | located_in=Pakistan
Location | Balochistan | | located_in=Pakistan
Location | Sindh | | located_in=Pakistan
Location | Punjab | | located_in=Pakistan
Location | Khyber Pakhtunkhwa | KP | located_in=Pakistan
Location | Gilgit-Baltistan | | located_in=Pakistan
Location | Xinjiang | Xinjiang Uygur Autonomous Region | located_in=China
Location | Xizang | Tibet | located_in=China
Location | Taiwan
Location | Hong Kong
Location | South China Sea
Location | Jammu and Kashmir | Jammu & Kashmir; Kashmir; Indian Illegally Occupied Jammu and Kashmir
Location | South Asia
Location | Central Asia
Location | Arabian Sea
Location | Khunjerab Pass | Khunjerab
Location | Great Hall of the People | | located_in=Beijing
Location | Diaoyutai State Guesthouse | | located_in=Beijing
Location | Palace Museum | | located_in=Beijing
Location | Tianjin | | located_in=China
Location | Hangzhou | | located_in=China
Location | Boao | | located_in=China
