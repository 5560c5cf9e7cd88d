/** Small shared helpers: argument validation with messages that name the bad field. */
package dev.dealbot.helper;
