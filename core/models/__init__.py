from .footer import SiteFooter
from .images import CustomImage, CustomRendition, optional_image
from .pages import BasePage, IndexPage, StandardPage

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "IndexPage",
    "SiteFooter",
    "StandardPage",
    "optional_image",
]
