from .footer import SiteFooter
from .images import CustomImage, CustomRendition, optional_image
from .pages import BasePage, BasePageQuerySet, IndexPage, StandardPage

__all__ = [
    "BasePage",
    "BasePageQuerySet",
    "CustomImage",
    "CustomRendition",
    "IndexPage",
    "SiteFooter",
    "StandardPage",
    "optional_image",
]
