// How long a new thread waits before it first runs, against waking a waiting thread, while the
// starting thread keeps working (see Sources/GitKit/WorkerThreads.swift).
// Run: cc -O2 -pthread Scripts/thread-start-latency.c -o /tmp/latency && /tmp/latency
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <semaphore.h>
#include <unistd.h>
#include <stdlib.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
static volatile double entry; static sem_t sem; static volatile double woke;
static void* th(void*a){entry=now();return 0;}
static void* waiter(void*a){for(;;){sem_wait(&sem);woke=now();}return 0;}
static void spin(double ms){double e=now()+ms;while(now()<e);}
int cmp(const void*a,const void*b){double x=*(double*)a,y=*(double*)b;return x<y?-1:x>y;}
int main(){
  double c[200],w[200]; sem_init(&sem,0,0); pthread_t wt; pthread_create(&wt,0,waiter,0);
  for(int i=0;i<200;i++){
    usleep(3000); spin(2); // main busy; other cpu idle for 5ms
    double t=now(); pthread_t p; entry=0; pthread_create(&p,0,th,0); spin(4); c[i]=entry-t; pthread_join(p,0);
    usleep(3000); spin(2);
    t=now(); woke=0; sem_post(&sem); spin(4); w[i]=woke-t;
  }
  qsort(c,200,sizeof(double),cmp); qsort(w,200,sizeof(double),cmp);
  printf("create->entry  median %.3f p90 %.3f max %.3f ms\n",c[100],c[180],c[199]);
  printf("sem wake       median %.3f p90 %.3f max %.3f ms\n",w[100],w[180],w[199]);
}
