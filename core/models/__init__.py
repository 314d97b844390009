from .footer import SiteFooter
from .images import CustomImage, CustomRendition
from .pages import BasePage, StandardPage

__all__ = ["BasePage", "CustomImage", "CustomRendition", "SiteFooter", "StandardPage"]
