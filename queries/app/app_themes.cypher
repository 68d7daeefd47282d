// name: app_themes
// title: Themes
// description: Every theme, for filters.
MATCH (t:Theme)
RETURN t.id AS id, t.name_en AS name_en, t.name_cy AS name_cy
ORDER BY name_en
