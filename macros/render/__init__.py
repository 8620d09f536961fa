"""4. Render: safe HTML pieces every page shares (claims, sources, dates, citations, head meta)."""
