"""The site's settings, as the build is given them: passed to the model when it is made, never set later."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    name: str = ""
    url: str = ""  # absolute, ending in '/'; '' outside a site build: then no citation, embed or report is made
    description: str = ""
    repo_url: str = (
        ""  # the repository the site is built from; '' for none (no edit, source or report links)
    )
    source_base: str = (
        ""  # where the data files can be read online, e.g. https://github.com/o/r/blob/main/
    )
    report_email: str = ""  # where 'Report a mistake' writes; no e-mail link without it
    version: str = ""  # the commit the site and its data were built from
    built: str = (
        ""  # YYYY-MM-DD, the day that version was built: the earliest a reader can have read it
    )
    language: str = "en"  # the edition: en at the root, uk and ru in uk/ and ru/
    root_url: str = ""  # the English edition's address, which the others sit under; '' as url

    @property
    def home(self):
        """The address of the English edition, under which the others sit."""
        return self.root_url or self.url

    def edition_url(self, language):
        """Where an edition starts: the root for English, <root>uk/ for Ukrainian."""
        return self.home if language == "en" else f"{self.home}{language}/"
