/** The MCP server at {@code /mcp} (Streamable HTTP, official Java SDK): the {@code ask_deal} and {@code list_sources} tools and one resource per article. */
package dev.dealbot.mcp;
