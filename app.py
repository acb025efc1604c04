"""The reviewer's workspace: `streamlit run app.py`.

Opens on the example library from data/ (imported into the store on first start), appraised with
the default rubric. The pages only render and call the appraisal package (appraisal.library,
appraisal.charts); state and caching live in ui/state.py.
"""
import logging

import streamlit as st

from ui import pages, state

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

st.set_page_config(page_title="Evidence appraisal", page_icon=":material/fact_check:", layout="wide")

navigation = st.navigation(pages.build())
try:
    state.sidebar()
except Exception:  # the store or the rubrics cannot be opened: say so, never a traceback
    logging.getLogger("appraisal.ui").exception("start-up failed")
    st.error("The workspace could not start (database or rubric files unreadable); see the server log.")
    st.stop()
navigation.run()
