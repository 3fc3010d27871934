/**
 * The audit log: an append-only record of who read which archive, who saw clear personal data and
 * why, every change to the registry and every denied access. Only ADMIN reads it; nothing changes it.
 */
package org.zhulian.audit;
