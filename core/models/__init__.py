from .footer import SiteFooter
from .images import CustomImage, CustomRendition
from .pages import BasePage, IndexPage, StandardPage

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "IndexPage",
    "SiteFooter",
    "StandardPage",
]
