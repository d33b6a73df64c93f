/*
 * casusregie: the welcome page is a way through, not where a professional works. Right after
 * logging in here, or when arriving through the application's entrance (/, /camunda/,
 * /camunda/app/ redirect to this page with "?werk", see WebappEntrance.java), a user goes on
 * to the web app they work in: Tasklist for the partner groups, Cockpit for supervisors and
 * process owners. The administrator (who may use Admin) stays and chooses. Opened any other
 * way ("Mijn profiel" in Tasklist's menu), the page stays, so profiles can still be edited.
 *
 * Loaded by the welcome app's config.js (customScripts) before Angular starts; it waits for
 * the app's injector and follows $rootScope.authentication, which the app sets itself.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
const viaEntrance = new URLSearchParams(window.location.search).has('werk');

/** The web app this user works in, or null when they should choose. */
function workplace(authentication) {
  const apps = authentication.authorizedApps || [];
  if (apps.indexOf('admin') >= 0) {
    return null;
  }
  if (apps.indexOf('tasklist') >= 0) {
    return 'tasklist';
  }
  return apps.indexOf('cockpit') >= 0 ? 'cockpit' : null;
}

function goOn(authentication) {
  const app = authentication && authentication.name && workplace(authentication);
  if (app) {
    window.location.replace(appRoot + '/app/' + app + '/default/');
  }
}

function follow($rootScope) {
  $rootScope.$on('authentication.login.success', function(event, authentication) {
    goOn(authentication);
  });
  if (viaEntrance) {
    // Already logged in (a session from before): the app sets the user once it has asked.
    $rootScope.$watch('authentication', goOn);
  }
}

function whenStarted(attempt) {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (injector) {
    follow(injector.get('$rootScope'));
  } else if (attempt < 300) {
    window.setTimeout(function() { whenStarted(attempt + 1); }, 50);
  }
}

whenStarted(0);

export default [];
