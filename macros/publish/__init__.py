"""6. Publish: what the build writes besides the pages: api/v1, the feed, redirects, page extras."""
