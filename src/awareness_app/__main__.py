from awareness_app.cli import main

raise SystemExit(main())
