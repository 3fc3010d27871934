/**
 * The demo data set: the real region tree and dictionaries of the demo's places, Haishu's service
 * providers, generated households and the hand-written story households of the articles, loaded into
 * an empty database with a fixed random seed so every fresh start shows the same graph.
 */
package org.zhulian.demo;
