/**
 * Addresses of share actions that work as plain links, without a third-party script. Facebook's
 * sharer takes the page's address; Zalo has no documented share address without its SDK script
 * (the Social Plugin needs sp.zalo.me/plugins/sdk.js and an Official Account id), so the share box
 * offers the link to copy and paste instead, and the system share sheet where the browser has one.
 * No tracking parameters are added: the shared address is the page's canonical one.
 */

/** Facebook's share dialog for `url`. */
export const facebookShareUrl = (url: string): string => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
