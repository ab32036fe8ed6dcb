/** Names Auth.js gives its session cookie (the second over HTTPS). */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
