/**
 * Who may see what: bearer-token authentication (the city's identity provider in production, a demo
 * issuer in demo mode), roles and scopes, and the masking of personal data in every response.
 */
package org.zhulian.security;
