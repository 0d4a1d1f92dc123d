import "./dist/refbundle/main.js";
