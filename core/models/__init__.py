from .footer import SiteFooter
from .images import CustomImage, CustomRendition, optional_image
from .pages import LINK_FIELDS, BasePage, BasePageQuerySet, IndexPage, StandardPage

__all__ = [
    "LINK_FIELDS",
    "BasePage",
    "BasePageQuerySet",
    "CustomImage",
    "CustomRendition",
    "IndexPage",
    "SiteFooter",
    "StandardPage",
    "optional_image",
]
