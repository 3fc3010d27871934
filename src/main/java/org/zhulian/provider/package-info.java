/**
 * Service providers (social-work stations, care centres, charities…), the services they offer, and
 * the service-category taxonomy that needs share.
 */
package org.zhulian.provider;
