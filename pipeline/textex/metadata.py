def page_metadata(html, url=None): return {}
