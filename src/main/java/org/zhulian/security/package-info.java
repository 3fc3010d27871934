/** Protection of personal data: masking of identifiers in every response. */
package org.zhulian.security;
