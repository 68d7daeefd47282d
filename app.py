"""Tirlun's app, for `streamlit run app.py` in a checkout: the router lives in views/app.py.

`tirlun app` (or `tirlun demo`, which also starts Neo4j and loads the example data) runs it too.
"""

from tirlun.views.app import main

main()
