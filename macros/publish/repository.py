"""Addresses in the repository the site is built from (REPO_URL): its name, links to its pages and files."""

from urllib.parse import urlsplit

from macros.render.html_builder import escape, link


def repo_name(repo_url):
    """'owner/name' from the repository's address, shown beside the repository link."""
    return urlsplit(repo_url).path.strip("/").removesuffix(".git") if repo_url else ""


def repo_link(repo_url, path, text):
    """A link to a page of the repository (issues, a file), or the text alone where there is none."""
    return link(f"{repo_url.rstrip('/')}/{path}", text) if repo_url else escape(text)


def source_base(repo_url, edit_uri):
    """Where files are read online: the edit path's 'edit/<branch>/' as 'blob/<branch>/'."""
    if not repo_url or not edit_uri:
        return ""
    return repo_url.rstrip("/") + "/" + edit_uri.replace("edit/", "blob/", 1).lstrip("/")


def tree_at(repo_url, version):
    """The repository as it was at a commit (its data and prose): what a page's citation opens
    after the page has changed. Empty without a repository or a commit."""
    if not repo_url or version == "unversioned":
        return ""
    return f"{repo_url.rstrip('/')}/tree/{version}"
