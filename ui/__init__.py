"""Streamlit pages of the reviewer workspace (thin: they call appraisal.library, .imports, .views and .charts)."""
