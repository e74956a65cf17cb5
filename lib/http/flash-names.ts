/** The cookie a redirect's message travels in, and the request header the proxy moves it to. */
export const FLASH_COOKIE = "flash";
export const FLASH_HEADER = "x-campaign-flash";
