import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import importlib
for l in sys.argv[1:]:
    importlib.import_module('gen_' + l).build()
lib.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/main/resources/dealbot/gloss.tsv'))
from collections import Counter
print(Counter(k[0] for k in lib.ORDER))
