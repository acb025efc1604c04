"""Streamlit pages of the reviewer workspace (thin: they call appraisal.library and appraisal.charts)."""
