// name: app_themes
// title: Themes
// title_cy: Themâu
// description: Every theme, for filters.
// description_cy: Pob thema, ar gyfer hidlwyr.
MATCH (t:Theme)
RETURN t.id AS id, t.name_en AS name_en, t.name_cy AS name_cy
ORDER BY name_en
