"""Output for people and other tools: tables, terminal, the HTML report, graph export."""
